package fr.openfun.mork.testing;

import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.port.out.EdxUserDirectory;
import java.util.List;

class InMemoryEdxUserDirectoryTest extends EdxUserDirectoryContractTest {

  @Override
  protected EdxUserDirectory directoryWith(List<EdxUser> users) {
    return new InMemoryEdxUserDirectory().add(users.toArray(EdxUser[]::new));
  }
}

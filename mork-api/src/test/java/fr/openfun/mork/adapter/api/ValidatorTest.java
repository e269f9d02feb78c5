package fr.openfun.mork.adapter.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidatorTest {
  private static final UUID ID = UUID.fromString("8b0e3f5c-2d1a-4c3e-9f6a-1b2c3d4e5f60");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "8b0e3f5c-2d1a-4c3e-9f6a-1b2c3d4e5f60",
        "8b0e3f5c2d1a4c3e9f6a1b2c3d4e5f60",
        "{8b0e3f5c-2d1a-4c3e-9f6a-1b2c3d4e5f60}",
        "urn:uuid:8b0e3f5c-2d1a-4c3e-9f6a-1b2c3d4e5f60"
      })
  void givenAFormPydanticAccepts_parseUuid_readsTheSameId(String raw) {

    var parsed = Validator.parseUuid(raw);

    assertThat(parsed).contains(ID);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1-1-1-1-1",
        "8b0e3f5c-2d1a4c3e-9f6a-1b2c3d4e5f60",
        "8b0e3f5c2d1a4c3e9f6a1b2c3d4e5f6g"
      })
  void givenAMalformedId_parseUuid_isEmpty(String raw) {

    var parsed = Validator.parseUuid(raw);

    assertThat(parsed).isEmpty();
  }

  @Test
  void givenAcceptedValues_enumError_listsThemAsPydantic() {

    FieldError error = Validator.enumError(List.of("a", "b", "c"), "query", "x");

    assertThat(error.msg()).isEqualTo("Input should be 'a', 'b' or 'c'");
  }

  @Test
  void givenSeveralBadValues_check_throwsThemAll() {
    Validator v = new Validator(Set.of());
    v.integer("x", 0, 0, 10, "query", "offset");
    v.integer("11", 0, 0, 10, "query", "limit");

    assertThatThrownBy(v::check)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::type)
                    .containsExactly("int_parsing", "less_than_equal"));
  }

  @Test
  void givenNoConfiguredServices_service_acceptsAnyWellFormedName() {
    Validator v = new Validator(Set.of());

    var service = v.service("moodle", "path", "service_name");

    assertThat(service).isPresent();
  }
}

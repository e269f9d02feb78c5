package fr.openfun.mork.app.demo;

import fr.openfun.mork.app.demo.DemoUser.Kind;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/** Draws the demo users, deterministically, with dates relative to {@code now}. */
final class DemoUsers {
  static final int RECENT = 150;
  static final int INACTIVE = 100;
  static final int NEVER_LOGGED_IN = 20;
  static final int ALMOST_INACTIVE = 20;
  static final int STAFF = 5;

  private static final String[] FIRST = {
    "Alice", "Bruno", "Chloé", "David", "Emma", "Farid", "Gaëlle", "Hugo", "Inès", "Jules",
    "Katia", "Louis", "Manon", "Nils", "Océane", "Paul", "Quentin", "Rose", "Samir", "Théo"
  };
  private static final String[] LAST = {
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
    "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "Roux", "Fournier", "Girard"
  };

  private DemoUsers() {}

  static List<DemoUser> draw(Instant now) {
    Random random = new Random(42);
    List<DemoUser> users = new ArrayList<>();
    users.add(user(users, random, Kind.STAFF, Optional.of(ago(now, 2)), ago(now, 3000), true));
    for (int i = 1; i < STAFF; i++) {
      users.add(
          user(users, random, Kind.STAFF, Optional.of(yearsAgo(now, 6, i)), ago(now, 4000), false));
    }
    for (int i = 0; i < RECENT; i++) {
      int days = random.nextInt(400);
      users.add(
          user(
              users,
              random,
              Kind.RECENT,
              Optional.of(ago(now, days)),
              ago(now, days + random.nextInt(2000)),
              false));
    }
    for (int i = 0; i < INACTIVE; i++) {
      Instant login = yearsAgo(now, 5, 30 + random.nextInt(1000));
      users.add(
          user(
              users,
              random,
              Kind.INACTIVE,
              Optional.of(login),
              login.minus(Duration.ofDays(random.nextInt(900))),
              false));
    }
    for (int i = 0; i < NEVER_LOGGED_IN; i++) {
      users.add(
          user(
              users,
              random,
              Kind.NEVER_LOGGED_IN,
              Optional.empty(),
              yearsAgo(now, 5, 10 + random.nextInt(800)),
              false));
    }
    for (int i = 0; i < ALMOST_INACTIVE; i++) {
      Instant login = yearsAgo(now, 5, -1 - random.nextInt(25));
      users.add(
          user(
              users,
              random,
              Kind.ALMOST_INACTIVE,
              Optional.of(login),
              login.minus(Duration.ofDays(300)),
              false));
    }
    users.add(
        user(
            users,
            random,
            Kind.WIKI_AUTHOR,
            Optional.of(yearsAgo(now, 7, 0)),
            yearsAgo(now, 9, 0),
            false));
    users.add(
        user(
            users,
            random,
            Kind.FORUM_AUTHOR,
            Optional.of(yearsAgo(now, 6, 0)),
            yearsAgo(now, 8, 0),
            false));
    return List.copyOf(users);
  }

  private static DemoUser user(
      List<DemoUser> users,
      Random random,
      Kind kind,
      Optional<Instant> login,
      Instant joined,
      boolean superuser) {
    long id = users.size() + 1;
    String first = FIRST[random.nextInt(FIRST.length)];
    String last = LAST[random.nextInt(LAST.length)];
    String username = ascii(first.charAt(0) + last).toLowerCase(Locale.ROOT) + id;
    boolean staff = kind == Kind.STAFF;
    return new DemoUser(id, username, first, last, login, joined, staff, superuser, kind);
  }

  private static String ascii(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
        .replaceAll("[^A-Za-z]", "");
  }

  private static Instant ago(Instant now, int days) {
    return now.minus(Duration.ofDays(days));
  }

  /** {@code years} calendar years plus {@code days} days before {@code now}. */
  private static Instant yearsAgo(Instant now, int years, int days) {
    return now.atOffset(ZoneOffset.UTC).minusYears(years).minusDays(days).toInstant();
  }
}

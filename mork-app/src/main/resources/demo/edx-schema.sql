-- A small edX-like schema for the embedded demo: edX table names and foreign keys, enough for the
-- edX adapter's introspection to find every kind of edge. Runs on H2 (MODE=MySQL) and on MariaDB.
CREATE TABLE auth_user (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  password VARCHAR(128) NOT NULL,
  last_login DATETIME(6) NULL,
  is_superuser TINYINT(1) NOT NULL,
  username VARCHAR(150) NOT NULL UNIQUE,
  first_name VARCHAR(150) NOT NULL,
  last_name VARCHAR(150) NOT NULL,
  email VARCHAR(254) NOT NULL,
  is_staff TINYINT(1) NOT NULL,
  is_active TINYINT(1) NOT NULL,
  date_joined DATETIME(6) NOT NULL
);
CREATE INDEX auth_user_last_login ON auth_user (last_login);
CREATE INDEX auth_user_email ON auth_user (email);

CREATE TABLE auth_userprofile (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(255) NOT NULL,
  meta LONGTEXT NOT NULL,
  language VARCHAR(255) NOT NULL,
  location VARCHAR(255) NOT NULL,
  year_of_birth INT NULL,
  gender VARCHAR(6) NULL,
  user_id INT NOT NULL UNIQUE,
  CONSTRAINT auth_userprofile_user_id_fk FOREIGN KEY (user_id) REFERENCES auth_user (id)
);

CREATE TABLE user_api_userpreference (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `key` VARCHAR(255) NOT NULL,
  `value` LONGTEXT NOT NULL,
  user_id INT NOT NULL,
  CONSTRAINT user_api_userpreference_user_id_fk FOREIGN KEY (user_id) REFERENCES auth_user (id)
);

CREATE TABLE student_courseenrollment (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  course_id VARCHAR(255) NOT NULL,
  created DATETIME(6) NULL,
  is_active TINYINT(1) NOT NULL,
  mode VARCHAR(100) NOT NULL,
  user_id INT NOT NULL,
  CONSTRAINT student_courseenrollment_user_id_fk FOREIGN KEY (user_id) REFERENCES auth_user (id)
);

CREATE TABLE student_courseenrollmentattribute (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  namespace VARCHAR(255) NOT NULL,
  name VARCHAR(255) NOT NULL,
  `value` VARCHAR(255) NOT NULL,
  enrollment_id INT NOT NULL,
  CONSTRAINT student_courseenrollmentattribute_enrollment_id_fk
    FOREIGN KEY (enrollment_id) REFERENCES student_courseenrollment (id)
);

-- Keyed by email, no foreign key: covered by a configured rule.
CREATE TABLE student_courseenrollmentallowed (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email VARCHAR(255) NOT NULL,
  course_id VARCHAR(255) NOT NULL,
  auto_enroll TINYINT(1) NOT NULL,
  created DATETIME(6) NULL,
  user_id INT NULL,
  CONSTRAINT student_courseenrollmentallowed_user_id_fk FOREIGN KEY (user_id) REFERENCES auth_user (id)
);
CREATE INDEX student_courseenrollmentallowed_email ON student_courseenrollmentallowed (email);

-- As in edX, a NOT NULL actor column (changed_by_id): the row is the standing of its user_id, set by
-- someone else. Erasing that someone reassigns the row to the retired placeholder, never deletes it.
CREATE TABLE student_userstanding (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_status VARCHAR(31) NOT NULL,
  standing_last_changed_at DATETIME(6) NOT NULL,
  changed_by_id INT NOT NULL,
  user_id INT NOT NULL UNIQUE,
  CONSTRAINT student_userstanding_changed_by_id_fk FOREIGN KEY (changed_by_id) REFERENCES auth_user (id),
  CONSTRAINT student_userstanding_user_id_fk FOREIGN KEY (user_id) REFERENCES auth_user (id)
);

CREATE TABLE courseware_studentmodule (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  module_type VARCHAR(32) NOT NULL,
  module_id VARCHAR(255) NOT NULL,
  course_id VARCHAR(255) NOT NULL,
  state LONGTEXT NULL,
  grade DOUBLE NULL,
  created DATETIME(6) NOT NULL,
  modified DATETIME(6) NOT NULL,
  student_id INT NOT NULL,
  CONSTRAINT courseware_studentmodule_student_id_fk FOREIGN KEY (student_id) REFERENCES auth_user (id)
);

CREATE TABLE courseware_studentmodulehistory (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version VARCHAR(255) NULL,
  created DATETIME(6) NOT NULL,
  state LONGTEXT NULL,
  grade DOUBLE NULL,
  student_module_id INT NOT NULL,
  CONSTRAINT courseware_studentmodulehistory_student_module_id_fk
    FOREIGN KEY (student_module_id) REFERENCES courseware_studentmodule (id)
);

-- Wiki: protected content, with a nullable foreign-key cycle article <-> current revision.
CREATE TABLE wiki_article (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  created DATETIME(6) NOT NULL,
  modified DATETIME(6) NOT NULL,
  group_read TINYINT(1) NOT NULL,
  other_read TINYINT(1) NOT NULL,
  current_revision_id INT NULL UNIQUE,
  owner_id INT NULL,
  CONSTRAINT wiki_article_owner_id_fk FOREIGN KEY (owner_id) REFERENCES auth_user (id)
);

CREATE TABLE wiki_articlerevision (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  revision_number INT NOT NULL,
  user_message LONGTEXT NOT NULL,
  content LONGTEXT NOT NULL,
  title VARCHAR(512) NOT NULL,
  created DATETIME(6) NOT NULL,
  article_id INT NOT NULL,
  previous_revision_id INT NULL,
  user_id INT NULL,
  CONSTRAINT wiki_articlerevision_article_id_fk FOREIGN KEY (article_id) REFERENCES wiki_article (id),
  CONSTRAINT wiki_articlerevision_previous_revision_id_fk
    FOREIGN KEY (previous_revision_id) REFERENCES wiki_articlerevision (id),
  CONSTRAINT wiki_articlerevision_user_id_fk FOREIGN KEY (user_id) REFERENCES auth_user (id)
);

ALTER TABLE wiki_article ADD CONSTRAINT wiki_article_current_revision_id_fk
  FOREIGN KEY (current_revision_id) REFERENCES wiki_articlerevision (id);

-- Forum content as recent edX releases keep it in MySQL (forum_* tables): threads, comments and
-- replies (depth 3 from auth_user), by several users. Authors are nullable: erasing a user
-- anonymizes their posts (author and body cleared) and keeps other learners' replies in place.
CREATE TABLE forum_thread (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  course_id VARCHAR(255) NOT NULL,
  title VARCHAR(1024) NOT NULL,
  body LONGTEXT NOT NULL,
  created DATETIME(6) NOT NULL,
  author_id INT NULL,
  CONSTRAINT forum_thread_author_id_fk FOREIGN KEY (author_id) REFERENCES auth_user (id)
);

CREATE TABLE forum_comment (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  body LONGTEXT NOT NULL,
  created DATETIME(6) NOT NULL,
  thread_id INT NOT NULL,
  parent_id INT NULL,
  author_id INT NULL,
  CONSTRAINT forum_comment_thread_id_fk
    FOREIGN KEY (thread_id) REFERENCES forum_thread (id),
  CONSTRAINT forum_comment_parent_id_fk
    FOREIGN KEY (parent_id) REFERENCES forum_comment (id),
  CONSTRAINT forum_comment_author_id_fk
    FOREIGN KEY (author_id) REFERENCES auth_user (id)
);

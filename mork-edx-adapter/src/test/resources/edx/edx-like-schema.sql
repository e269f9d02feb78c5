-- Mork's edX-like test schema: edX table names, portable DDL (MariaDB/MySQL and H2 in MySQL mode).
-- Covers: a composite FK, several FKs to auth_user in one table, chains of depth 4, nullable audit FKs, nullable
-- FKs holding the user's own data, a cycle, self-references, protected tables, an email-keyed
-- table, an anonymous-id keyed chain, forum-like tables, user columns without foreign keys, NOT NULL
-- actor columns (a standing set by staff, an invalidation, a coupon, registration codes), and rows of
-- other users under a user's own rows (OAuth tokens under a client, redemptions under an order).
-- Nullability and keys follow edX (Dogwood dump in shared/fixtures/edx).
CREATE TABLE auth_user (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  password VARCHAR(128) NOT NULL,
  last_login TIMESTAMP NULL,
  is_superuser BOOLEAN NOT NULL,
  username VARCHAR(150) NOT NULL UNIQUE,
  first_name VARCHAR(30) NOT NULL,
  last_name VARCHAR(30) NOT NULL,
  email VARCHAR(254) NOT NULL,
  is_staff BOOLEAN NOT NULL,
  is_active BOOLEAN NOT NULL,
  date_joined TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX auth_user_email ON auth_user (email);
CREATE TABLE auth_group (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, name VARCHAR(80) NOT NULL UNIQUE);
CREATE TABLE auth_user_groups (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id INT NOT NULL, group_id INT NOT NULL,
  CONSTRAINT fk_aug_user FOREIGN KEY (user_id) REFERENCES auth_user (id),
  CONSTRAINT fk_aug_group FOREIGN KEY (group_id) REFERENCES auth_group (id));
CREATE TABLE auth_userprofile (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(255) NOT NULL, user_id INT NOT NULL UNIQUE,
  CONSTRAINT fk_up_user FOREIGN KEY (user_id) REFERENCES auth_user (id));
CREATE TABLE student_courseenrollment (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  course_id VARCHAR(255) NOT NULL, user_id INT NOT NULL,
  CONSTRAINT uq_ce_user_course UNIQUE (user_id, course_id),
  CONSTRAINT fk_ce_user FOREIGN KEY (user_id) REFERENCES auth_user (id));
-- a composite foreign key
CREATE TABLE student_enrollmentnote (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id INT NOT NULL, course_id VARCHAR(255) NOT NULL, note TEXT NULL,
  CONSTRAINT fk_en_enrollment FOREIGN KEY (user_id, course_id)
    REFERENCES student_courseenrollment (user_id, course_id));
CREATE TABLE student_courseenrollmentattribute (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(255) NOT NULL, enrollment_id INT NOT NULL,
  CONSTRAINT fk_cea_enr FOREIGN KEY (enrollment_id) REFERENCES student_courseenrollment (id));
CREATE TABLE student_manualenrollmentaudit (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  enrolled_email VARCHAR(255) NOT NULL,
  enrollment_id INT NULL, enrolled_by_id INT NULL,
  CONSTRAINT fk_mea_enr FOREIGN KEY (enrollment_id) REFERENCES student_courseenrollment (id),
  CONSTRAINT fk_mea_by FOREIGN KEY (enrolled_by_id) REFERENCES auth_user (id));
CREATE TABLE student_courseenrollmentallowed (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email VARCHAR(255) NOT NULL, course_id VARCHAR(255) NOT NULL);
CREATE TABLE student_historicalcourseenrollment (
  history_id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  id INT NOT NULL, course_id VARCHAR(255) NOT NULL,
  user_id INT NULL, history_user_id INT NULL,
  CONSTRAINT fk_hce_hu FOREIGN KEY (history_user_id) REFERENCES auth_user (id));
CREATE TABLE student_pendingemailchange (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  new_email VARCHAR(254) NOT NULL, user_id INT NOT NULL UNIQUE,
  CONSTRAINT fk_pec_user FOREIGN KEY (user_id) REFERENCES auth_user (id));
CREATE TABLE student_userstanding (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_status VARCHAR(31) NOT NULL, user_id INT NOT NULL UNIQUE, changed_by_id INT NOT NULL,
  CONSTRAINT fk_us_user FOREIGN KEY (user_id) REFERENCES auth_user (id),
  CONSTRAINT fk_us_by FOREIGN KEY (changed_by_id) REFERENCES auth_user (id));
CREATE TABLE student_courseaccessrole (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  org VARCHAR(64) NOT NULL, course_id VARCHAR(255) NOT NULL, role VARCHAR(64) NOT NULL, user_id INT NOT NULL,
  CONSTRAINT fk_car_user FOREIGN KEY (user_id) REFERENCES auth_user (id));
CREATE TABLE student_anonymoususerid (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  anonymous_user_id VARCHAR(32) NOT NULL UNIQUE, course_id VARCHAR(255) NOT NULL, user_id INT NOT NULL,
  CONSTRAINT fk_aui_user FOREIGN KEY (user_id) REFERENCES auth_user (id));
CREATE TABLE submissions_studentitem (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  student_id VARCHAR(255) NOT NULL, course_id VARCHAR(255) NOT NULL, item_id VARCHAR(255) NOT NULL);
CREATE TABLE submissions_submission (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  uuid VARCHAR(36) NOT NULL, student_item_id INT NOT NULL, raw_answer TEXT NULL,
  CONSTRAINT fk_sub_item FOREIGN KEY (student_item_id) REFERENCES submissions_studentitem (id));
CREATE TABLE submissions_score (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  points_earned INT NOT NULL, student_item_id INT NOT NULL, submission_id INT NULL,
  CONSTRAINT fk_score_item FOREIGN KEY (student_item_id) REFERENCES submissions_studentitem (id),
  CONSTRAINT fk_score_sub FOREIGN KEY (submission_id) REFERENCES submissions_submission (id));
CREATE TABLE submissions_scoresummary (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  highest_id INT NOT NULL, latest_id INT NOT NULL, student_item_id INT NOT NULL UNIQUE,
  CONSTRAINT fk_ss_high FOREIGN KEY (highest_id) REFERENCES submissions_score (id),
  CONSTRAINT fk_ss_late FOREIGN KEY (latest_id) REFERENCES submissions_score (id),
  CONSTRAINT fk_ss_item FOREIGN KEY (student_item_id) REFERENCES submissions_studentitem (id));
CREATE TABLE courseware_studentmodule (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  module_id VARCHAR(255) NOT NULL, student_id INT NOT NULL, state TEXT NULL);
CREATE TABLE courseware_studentmodulehistory (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  state TEXT NULL, student_module_id INT NOT NULL,
  CONSTRAINT fk_smh_sm FOREIGN KEY (student_module_id) REFERENCES courseware_studentmodule (id));
CREATE TABLE grades_persistentcoursegrade (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, user_id INT NOT NULL, course_id VARCHAR(255) NOT NULL);
CREATE TABLE milestones_usermilestone (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, user_id INT NOT NULL, milestone_id INT NOT NULL);
CREATE TABLE third_party_auth_userlog (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, user_id INT NOT NULL, provider VARCHAR(50) NOT NULL);
CREATE TABLE external_auth_externalauthmap (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  external_id VARCHAR(255) NOT NULL, external_email VARCHAR(255) NOT NULL, user_id INT NULL UNIQUE,
  CONSTRAINT fk_eam_user FOREIGN KEY (user_id) REFERENCES auth_user (id));
CREATE TABLE certificates_generatedcertificate (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  course_id VARCHAR(255) NOT NULL, user_id INT NOT NULL, name VARCHAR(255) NOT NULL,
  CONSTRAINT fk_gc_user FOREIGN KEY (user_id) REFERENCES auth_user (id));
CREATE TABLE certificates_certificateinvalidation (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  notes TEXT NULL, active BOOLEAN NOT NULL, generated_certificate_id INT NOT NULL, invalidated_by_id INT NOT NULL,
  CONSTRAINT fk_ci_cert FOREIGN KEY (generated_certificate_id) REFERENCES certificates_generatedcertificate (id),
  CONSTRAINT fk_ci_by FOREIGN KEY (invalidated_by_id) REFERENCES auth_user (id));
CREATE TABLE shoppingcart_order (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, status VARCHAR(32) NOT NULL, user_id INT NOT NULL,
  CONSTRAINT fk_so_user FOREIGN KEY (user_id) REFERENCES auth_user (id));
CREATE TABLE shoppingcart_coupon (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(32) NOT NULL, course_id VARCHAR(255) NOT NULL, created_by_id INT NOT NULL,
  CONSTRAINT fk_sc_by FOREIGN KEY (created_by_id) REFERENCES auth_user (id));
CREATE TABLE shoppingcart_couponredemption (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, coupon_id INT NOT NULL, order_id INT NOT NULL, user_id INT NOT NULL,
  CONSTRAINT fk_scr_coupon FOREIGN KEY (coupon_id) REFERENCES shoppingcart_coupon (id),
  CONSTRAINT fk_scr_order FOREIGN KEY (order_id) REFERENCES shoppingcart_order (id),
  CONSTRAINT fk_scr_user FOREIGN KEY (user_id) REFERENCES auth_user (id));
CREATE TABLE shoppingcart_courseregistrationcode (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(32) NOT NULL UNIQUE, course_id VARCHAR(255) NOT NULL, created_by_id INT NOT NULL, order_id INT NULL,
  CONSTRAINT fk_crc_by FOREIGN KEY (created_by_id) REFERENCES auth_user (id),
  CONSTRAINT fk_crc_order FOREIGN KEY (order_id) REFERENCES shoppingcart_order (id));
CREATE TABLE shoppingcart_registrationcoderedemption (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  course_enrollment_id INT NULL, order_id INT NULL, redeemed_by_id INT NOT NULL, registration_code_id INT NOT NULL,
  CONSTRAINT fk_rcr_enr FOREIGN KEY (course_enrollment_id) REFERENCES student_courseenrollment (id),
  CONSTRAINT fk_rcr_order FOREIGN KEY (order_id) REFERENCES shoppingcart_order (id),
  CONSTRAINT fk_rcr_by FOREIGN KEY (redeemed_by_id) REFERENCES auth_user (id),
  CONSTRAINT fk_rcr_code FOREIGN KEY (registration_code_id) REFERENCES shoppingcart_courseregistrationcode (id));
CREATE TABLE oauth2_client (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, name VARCHAR(255) NOT NULL, client_id VARCHAR(255) NOT NULL, user_id INT NULL,
  CONSTRAINT fk_oc_user FOREIGN KEY (user_id) REFERENCES auth_user (id));
CREATE TABLE oauth2_accesstoken (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, token VARCHAR(255) NOT NULL, client_id INT NOT NULL, user_id INT NOT NULL,
  CONSTRAINT fk_oat_client FOREIGN KEY (client_id) REFERENCES oauth2_client (id),
  CONSTRAINT fk_oat_user FOREIGN KEY (user_id) REFERENCES auth_user (id));
CREATE TABLE embargo_ipfilter (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  change_date TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, enabled BOOLEAN NOT NULL, changed_by_id INT NULL,
  CONSTRAINT fk_ipf_by FOREIGN KEY (changed_by_id) REFERENCES auth_user (id));
CREATE TABLE verify_student_softwaresecurephotoverification (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  status VARCHAR(100) NOT NULL, user_id INT NOT NULL, reviewing_user_id INT NULL, copy_id_photo_from_id INT NULL,
  CONSTRAINT fk_ssp_user FOREIGN KEY (user_id) REFERENCES auth_user (id),
  CONSTRAINT fk_ssp_rev FOREIGN KEY (reviewing_user_id) REFERENCES auth_user (id),
  CONSTRAINT fk_ssp_copy FOREIGN KEY (copy_id_photo_from_id) REFERENCES verify_student_softwaresecurephotoverification (id));
CREATE TABLE instructor_task_instructortask (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  task_type VARCHAR(50) NOT NULL, requester_id INT NOT NULL, subtasks TEXT NULL,
  CONSTRAINT fk_it_req FOREIGN KEY (requester_id) REFERENCES auth_user (id));
CREATE TABLE bulk_email_courseemail (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  subject VARCHAR(128) NOT NULL, sender_id INT NULL, html_message TEXT NULL,
  CONSTRAINT fk_ce_sender FOREIGN KEY (sender_id) REFERENCES auth_user (id));
CREATE TABLE bulk_email_optout (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  course_id VARCHAR(255) NOT NULL, user_id INT NULL,
  CONSTRAINT fk_oo_user FOREIGN KEY (user_id) REFERENCES auth_user (id));
CREATE TABLE authtoken_token (
  token_key VARCHAR(40) NOT NULL PRIMARY KEY, created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, user_id INT NOT NULL UNIQUE,
  CONSTRAINT fk_tok_user FOREIGN KEY (user_id) REFERENCES auth_user (id));
CREATE TABLE dark_lang_darklangconfig (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  released_languages TEXT NOT NULL, changed_by_id INT NULL,
  CONSTRAINT fk_dl_by FOREIGN KEY (changed_by_id) REFERENCES auth_user (id));
CREATE TABLE course_action_state_coursererunstate (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  course_key VARCHAR(255) NOT NULL, created_user_id INT NULL, updated_user_id INT NULL,
  CONSTRAINT fk_crs_created FOREIGN KEY (created_user_id) REFERENCES auth_user (id),
  CONSTRAINT fk_crs_updated FOREIGN KEY (updated_user_id) REFERENCES auth_user (id));
CREATE TABLE course_groups_courseusergroup (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, name VARCHAR(255) NOT NULL);
CREATE TABLE course_groups_cohortmembership (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  course_user_group_id INT NOT NULL, user_id INT NOT NULL, created_by_id INT NULL, updated_by_id INT NULL,
  CONSTRAINT fk_cm_group FOREIGN KEY (course_user_group_id) REFERENCES course_groups_courseusergroup (id),
  CONSTRAINT fk_cm_user FOREIGN KEY (user_id) REFERENCES auth_user (id),
  CONSTRAINT fk_cm_created FOREIGN KEY (created_by_id) REFERENCES auth_user (id),
  CONSTRAINT fk_cm_updated FOREIGN KEY (updated_by_id) REFERENCES auth_user (id));
CREATE TABLE wiki_article (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, owner_id INT NULL, current_revision_id INT NULL UNIQUE,
  CONSTRAINT fk_wa_owner FOREIGN KEY (owner_id) REFERENCES auth_user (id));
CREATE TABLE wiki_articlerevision (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  article_id INT NOT NULL, user_id INT NULL, previous_revision_id INT NULL, content TEXT NOT NULL,
  CONSTRAINT fk_war_article FOREIGN KEY (article_id) REFERENCES wiki_article (id),
  CONSTRAINT fk_war_user FOREIGN KEY (user_id) REFERENCES auth_user (id),
  CONSTRAINT fk_war_prev FOREIGN KEY (previous_revision_id) REFERENCES wiki_articlerevision (id));
ALTER TABLE wiki_article ADD CONSTRAINT fk_wa_current FOREIGN KEY (current_revision_id) REFERENCES wiki_articlerevision (id);
CREATE TABLE wiki_revisionplugin (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, article_id INT NOT NULL, current_revision_id INT NULL UNIQUE,
  CONSTRAINT fk_rp_article FOREIGN KEY (article_id) REFERENCES wiki_article (id));
CREATE TABLE wiki_revisionpluginrevision (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plugin_id INT NOT NULL, user_id INT NULL, previous_revision_id INT NULL,
  CONSTRAINT fk_rpr_plugin FOREIGN KEY (plugin_id) REFERENCES wiki_revisionplugin (id),
  CONSTRAINT fk_rpr_user FOREIGN KEY (user_id) REFERENCES auth_user (id),
  CONSTRAINT fk_rpr_prev FOREIGN KEY (previous_revision_id) REFERENCES wiki_revisionpluginrevision (id));
ALTER TABLE wiki_revisionplugin ADD CONSTRAINT fk_rp_current FOREIGN KEY (current_revision_id) REFERENCES wiki_revisionpluginrevision (id);
CREATE TABLE forum_thread (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  course_id VARCHAR(255) NOT NULL, title VARCHAR(255) NOT NULL, body TEXT NOT NULL, author_id INT NULL,
  CONSTRAINT fk_ft_author FOREIGN KEY (author_id) REFERENCES auth_user (id));
CREATE TABLE forum_comment (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  thread_id INT NOT NULL, parent_id INT NULL, body TEXT NOT NULL, author_id INT NULL,
  CONSTRAINT fk_fc_thread FOREIGN KEY (thread_id) REFERENCES forum_thread (id),
  CONSTRAINT fk_fc_parent FOREIGN KEY (parent_id) REFERENCES forum_comment (id),
  CONSTRAINT fk_fc_author FOREIGN KEY (author_id) REFERENCES auth_user (id));
CREATE TABLE forum_subscription (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  thread_id INT NOT NULL, subscriber_id INT NOT NULL,
  CONSTRAINT fk_fs_thread FOREIGN KEY (thread_id) REFERENCES forum_thread (id),
  CONSTRAINT fk_fs_user FOREIGN KEY (subscriber_id) REFERENCES auth_user (id));
CREATE TABLE course_modes_coursemode (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, course_id VARCHAR(255) NOT NULL, mode_slug VARCHAR(100) NOT NULL);
CREATE TABLE django_site (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, domain VARCHAR(100) NOT NULL);
-- edX keeps an index on user columns whose foreign key it dropped (or never declared).
CREATE INDEX courseware_studentmodule_student ON courseware_studentmodule (student_id);
CREATE INDEX submissions_studentitem_student ON submissions_studentitem (student_id);
CREATE INDEX grades_persistentcoursegrade_user ON grades_persistentcoursegrade (user_id);
CREATE INDEX milestones_usermilestone_user ON milestones_usermilestone (user_id);
CREATE INDEX student_courseenrollmentallowed_email ON student_courseenrollmentallowed (email);
CREATE INDEX student_historicalcourseenrollment_user ON student_historicalcourseenrollment (user_id);
CREATE INDEX third_party_auth_userlog_user ON third_party_auth_userlog (user_id);

-- Looking an account up by its email ("where email = ?", Account.BY_EMAIL: every login that misses
-- the node's cache of verified logins, every purchase) read the whole table, since the only index was
-- on lower(email). Emails are stored lower-case (ck_account_email_lower), so an index on the column
-- itself serves the lookup; ux_account_email still decides uniqueness whatever the letter case.
create index ix_account_email_exact on account (email);

-- The user directory lists users by name ignoring case (GET /users): walk this index.
CREATE INDEX ix_users_name_lower ON users (LOWER(name), id);

-- prompt: Return `last_name` and `initials`, the first letter of the first name followed by the
-- prompt: first letter of the last name, in capitals and with no dots or spaces (for example
-- prompt: `SK`). Sort by `last_name`, then `first_name`.
-- hint: `substr(first_name, 1, 1)` is the first letter; glue two of them with `||`.
-- hint: Wrap the whole thing in `upper(…)` and name it `AS initials`.
SELECT last_name, upper(substr(first_name, 1, 1) || substr(last_name, 1, 1)) AS initials
FROM author
ORDER BY last_name, first_name;

-- One definition of "an assignment lies within its staff member's employment" (docs/domain.md,
-- "Assignment rules"): every day of the assignment's range is a day of the employment; an
-- empty end is open. The import's checks and the dashboard's warning use it; the forms' twin is
-- withinEmployment in lib/assignment-rules.ts (tests/integration/assignment-rules.test.ts
-- compares them). A plain SQL function, so the planner inlines it.
CREATE FUNCTION within_employment(valid_from date, valid_until date, employed_from date, employed_until date)
  RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT valid_from >= employed_from
       AND (employed_until IS NULL OR (valid_until IS NOT NULL AND valid_until <= employed_until))
  $$;

-- One definition of "active at D" (docs/domain.md, "The figures"), used by every query that
-- asks which assignments count on a date: coverage, warnings, forecast, funding sources,
-- lists. Plain SQL functions, so the planner inlines them (no function call per row; the
-- indexes on the date columns stay usable).

-- An inclusive date range (an empty end is open) covers day d.
CREATE FUNCTION date_range_covers(from_date date, until_date date, d date) RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT from_date <= d AND (until_date IS NULL OR d <= until_date) $$;

-- A school is open from its opening day (inclusive) until its closing day (exclusive).
CREATE FUNCTION school_open_at(opened_on date, closed_on date, d date) RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT (opened_on IS NULL OR opened_on <= d) AND (closed_on IS NULL OR d < closed_on) $$;

-- The assignments active at d: the assignment's own range covers d, its staff member is
-- employed at d and its school is open at d.
CREATE FUNCTION active_assignments(d date)
  RETURNS TABLE (
    id uuid,
    staff_member_id uuid,
    school_id uuid,
    provider_id uuid,
    funding_source_id uuid,
    fte numeric,
    valid_from date,
    valid_until date
  )
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT a.id, a.staff_member_id, a.school_id, m.provider_id, a.funding_source_id, a.fte,
           a.valid_from, a.valid_until
      FROM assignment a
      JOIN staff_member m ON m.id = a.staff_member_id
      JOIN school s ON s.id = a.school_id
     WHERE date_range_covers(a.valid_from, a.valid_until, d)
       AND date_range_covers(m.employed_from, m.employed_until, d)
       AND school_open_at(s.opened_on, s.closed_on, d)
  $$;

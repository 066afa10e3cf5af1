-- A large synthetic town for timing the dashboard (not a test; run by hand):
-- 6,000 schools, 12,000 staff, 100,000 assignments, 20 providers, 30 districts.
--   createdb … && DATABASE_URL=… npx tsx lib/cli/migrate.ts deploy
--   psql -d … -f tests/bench/dashboard-scale.sql
--   DATABASE_URL=… npx tsx tests/bench/dashboard-queries.ts 2026-11-25 2027-08-01
-- Every person has four three-year periods from 08/2011 (the last open-ended) at two schools
-- with half the contract each; 4,000 have an extra half year before. Every 50th person's
-- employment ends in 2019 while the assignment runs on; every 50th school closes in 2019;
-- every 37th person is unfunded; a quarter work half-time at two schools (soft-rule cases).
INSERT INTO municipality (name, authority, department, unit, street, postal_code, city, phone, email)
VALUES ('Großstadt', 'Stadt', 'FB 42', 'SSA', 'Weg 1', '12345', 'Großstadt', '0', 'a@b.example');
INSERT INTO district (name) SELECT 'Bezirk ' || g FROM generate_series(1, 30) g;
INSERT INTO provider (name, short_name, kind, updated_at)
SELECT 'Träger ' || g, 'T' || g, 'NON_PROFIT', now() FROM generate_series(1, 20) g;
INSERT INTO funding_source (name, kind, valid_from, valid_until, updated_at) VALUES
 ('LP', 'LANDESPROGRAMM', '2011-01-01', NULL, now()), ('LS', 'LANDESSTELLE', '2008-01-01', NULL, now()),
 ('BUT', 'BUT', '2011-01-01', '2014-12-31', now()), ('KOM', 'KOMMUNAL', '2008-01-01', NULL, now()),
 ('MPT', 'MPT', '2017-08-01', '2027-07-31', now());
CREATE TEMP TABLE d AS SELECT id, row_number() OVER (ORDER BY name) AS n FROM district;
CREATE TEMP TABLE p AS SELECT id, row_number() OVER (ORDER BY name) AS n FROM provider;
CREATE TEMP TABLE f AS SELECT id, row_number() OVER (ORDER BY name) AS n FROM funding_source;
INSERT INTO school (school_number, name, type, district_id, pupil_count, closed_on, updated_at)
SELECT lpad((100000 + g)::text, 6, '0'), 'Schule ' || g,
       (ARRAY['GRUNDSCHULE','HAUPTSCHULE','REALSCHULE','SEKUNDARSCHULE','GESAMTSCHULE','GYMNASIUM',
              'FOERDERSCHULE','BERUFSKOLLEG'])[1 + g % 8]::"SchoolType",
       (SELECT id FROM d WHERE d.n = 1 + g % 30), 100 + g % 900,
       CASE WHEN g % 50 = 0 THEN DATE '2019-08-01' END, now()
  FROM generate_series(1, 6000) g;
CREATE TEMP TABLE s AS SELECT id, row_number() OVER (ORDER BY school_number) AS n FROM school;
INSERT INTO staff_member (provider_id, personnel_number, first_name, last_name, employment_fte, employed_from,
                          employed_until, updated_at)
SELECT (SELECT id FROM p WHERE p.n = 1 + g % 20), 'P' || g, 'Vor' || g, 'Nach' || g,
       CASE WHEN g % 4 = 0 THEN 0.5 ELSE 1.0 END, DATE '2011-01-01',
       CASE WHEN g % 50 = 0 THEN DATE '2019-12-31' END, now()
  FROM generate_series(1, 12000) g;
CREATE TEMP TABLE m AS
  SELECT id, employment_fte, row_number() OVER (ORDER BY personnel_number) AS n FROM staff_member;
CREATE INDEX ON s (n);
CREATE INDEX ON m (n);
INSERT INTO assignment (staff_member_id, school_id, fte, valid_from, valid_until, funding_source_id, updated_at)
SELECT m.id, s.id, m.employment_fte / 2,
       (DATE '2011-08-01' + make_interval(years => 3 * k))::date,
       CASE WHEN k < 3 THEN (DATE '2011-08-01' + make_interval(years => 3 * (k + 1)) - interval '1 day')::date END,
       CASE WHEN m.n % 37 = 0 THEN NULL ELSE (SELECT id FROM f WHERE f.n = 1 + (m.n + k) % 5) END, now()
  FROM m CROSS JOIN generate_series(0, 3) k CROSS JOIN generate_series(0, 1) j
  JOIN s ON s.n = 1 + (m.n * 2 + j + k * 1237) % 6000;
INSERT INTO assignment (staff_member_id, school_id, fte, valid_from, valid_until, funding_source_id, updated_at)
SELECT m.id, s.id, m.employment_fte, DATE '2011-01-01', DATE '2011-07-31', NULL, now()
  FROM m JOIN s ON s.n = 1 + (m.n * 7) % 6000
 WHERE m.n <= 4000;
ANALYZE;

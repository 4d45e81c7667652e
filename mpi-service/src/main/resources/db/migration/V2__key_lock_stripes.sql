-- Ingest locks its blocking keys' stripes with one UPDATE ... WHERE stripe IN (...) (see docs/service.md,
-- "Concurrency"): every stripe row exists from the start, so locking never has to insert.
CREATE TABLE hex_digit (
    d               INT          NOT NULL PRIMARY KEY
);
INSERT INTO hex_digit (d) VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15);
INSERT INTO key_lock (stripe, touched)
    SELECT a.d + 16 * b.d + 256 * c.d + 4096 * e.d, 0
    FROM hex_digit a CROSS JOIN hex_digit b CROSS JOIN hex_digit c CROSS JOIN hex_digit e
    WHERE NOT EXISTS (SELECT 1 FROM key_lock k WHERE k.stripe = a.d + 16 * b.d + 256 * c.d + 4096 * e.d);
DROP TABLE hex_digit;

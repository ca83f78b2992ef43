-- A lease names its holder: only the holder may renew or release it, and every saga write of a
-- leased worker renews it in the same statement that locks the row, so a worker whose lease
-- another took over (after it expired) can write nothing more.
ALTER TABLE orders ADD COLUMN lease_owner uuid;

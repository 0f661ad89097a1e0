-- pgbench transaction equivalent to one accepted submission: a single-row INSERT of a pending
-- message (same columns, random UUID, the same trigger and foreign key as the application's insert).
--   pgbench -n -c 32 -j 2 -T 10 -D campaign=<id> -f bench/insert.sql <database>
\set n random(1, 2000000000)
insert into message (id, campaign_id, author_name, organization, country, language, body, email,
                     status, version, submitted_at, manage_token_hash, fingerprint)
values (gen_random_uuid(), :campaign, 'Ally ' || :n, 'Local ' || (:n % 97), 'MX', 'es',
        'Message ' || :n || ': we stand with you, from our union hall to yours. Hold the line.',
        'ally' || :n || '@example.org', 'PENDING', 0, now(),
        md5(:n || 'token') || md5(:n || 'hash'), md5(:client_id || 'fp') || md5(:client_id || ''));

-- Authors may withdraw their own message from any status.
alter table message drop constraint message_status_check;
alter table message add constraint message_status_check
    check (status in ('PENDING', 'APPROVED', 'REJECTED', 'SPAM', 'WITHDRAWN'));

-- Erasure on request finds every message of one address without a full scan.
create index message_email_idx on message (lower(email)) where email is not null;
-- Retention finds the rows that still hold personal data, oldest first.
create index message_retention_all_idx on message (submitted_at)
    where email is not null or fingerprint is not null;
create index message_retention_refused_idx on message (decided_at)
    where status in ('REJECTED', 'SPAM') and (email is not null or fingerprint is not null);

-- A submission retried with the same Idempotency-Key replays the first answer. Only hashes of
-- the key and request are kept; the receipt (which holds the manage token) is encrypted with a key
-- derived from the Idempotency-Key itself, so the table alone cannot reveal a token. The primary
-- key settles concurrent retries: the second insert waits for the first and then finds it.
create table idempotency_record (
    key_hash     varchar(64) primary key,
    request_hash varchar(64) not null,
    message_id   uuid        not null references message (id) deferrable initially deferred,
    receipt      bytea       not null,
    created_at   timestamptz not null default now()
);
create index idempotency_record_created_idx on idempotency_record (created_at);

-- Token buckets of the rate limits (Bucket4j), shared by every instance. Keys name the action and
-- a sender fingerprint or campaign id, never an address; expires_at is epoch milliseconds.
create table rate_limit_bucket (
    id         varchar(128) primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expires_idx on rate_limit_bucket (expires_at);

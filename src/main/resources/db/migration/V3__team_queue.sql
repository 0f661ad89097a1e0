-- Leases: a moderator who claims a message holds it until claimed_until. Nothing ever expires a
-- lease: every reader compares claimed_until with now(), so a forgotten lease simply stops counting.
alter table message add column claimed_by varchar(64);
alter table message add column claimed_until timestamptz;
create index message_claimed_by_idx on message (claimed_by) where claimed_by is not null;

-- Post-moderation: published at once, yet still waiting for a moderator to look at it.
alter table message add column needs_review boolean not null default false;
create index message_review_idx on message (campaign_id, submitted_at, id) where needs_review;

-- SHA-256 of the folded body as first submitted, to count near-identical messages per campaign.
alter table message add column body_hash varchar(64);
create index message_body_hash_idx on message (campaign_id, body_hash) where body_hash is not null;

-- An edit made with a decision keeps both versions in the audit trail.
alter table moderation_action add column body_before text;
alter table moderation_action add column body_after text;

-- Per-campaign term lists, edited by admins. Blocked terms send a submission to SPAM; suspect
-- terms only flag it for moderators.
alter table campaign add column blocked_terms text[] not null default '{}';
alter table campaign add column suspect_terms text[] not null default '{}';

-- Reports from the public on published messages. A report is open until a moderator dismisses it
-- or unpublishes the message.
create table message_report (
    id          bigserial primary key,
    message_id  uuid         not null references message (id) on delete cascade,
    reason      varchar(500) not null,
    fingerprint varchar(64),
    created_at  timestamptz  not null default now(),
    resolved_at timestamptz,
    resolved_by varchar(64),
    resolution  varchar(16)
);
create index message_report_open_idx on message_report (message_id) where resolved_at is null;
-- One open report per sender and message, so one person cannot inflate the count.
create unique index message_report_once_idx on message_report (message_id, fingerprint)
    where resolved_at is null and fingerprint is not null;

-- Outgoing webhooks per campaign.
create table webhook (
    id          bigserial primary key,
    campaign_id bigint        not null references campaign (id),
    url         varchar(2000) not null,
    secret      varchar(200)  not null,
    events      text[]        not null,
    enabled     boolean       not null default true,
    created_at  timestamptz   not null default now(),
    version     bigint        not null default 0
);
create index webhook_campaign_idx on webhook (campaign_id);

-- Transactional outbox: one row per event and webhook, written in the transaction of the change,
-- so a crash or a failing receiver loses nothing. Workers claim due rows with SKIP LOCKED.
create table webhook_delivery (
    id              bigserial primary key,
    event_id        uuid         not null,
    webhook_id      bigint       not null references webhook (id) on delete cascade,
    event_type      varchar(32)  not null,
    payload         text         not null,
    state           varchar(16)  not null default 'PENDING'
        check (state in ('PENDING', 'DELIVERED', 'DEAD')),
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null default now(),
    last_status     int,
    last_error      varchar(500),
    created_at      timestamptz  not null default now(),
    delivered_at    timestamptz
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where state = 'PENDING';
create index webhook_delivery_webhook_idx on webhook_delivery (webhook_id, state, id);

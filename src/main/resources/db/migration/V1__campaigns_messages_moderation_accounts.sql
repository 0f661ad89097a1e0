-- Campaigns: one call for solidarity each.
create sequence campaign_seq start with 1 increment by 50;

create table campaign (
    id              bigint primary key,
    slug            varchar(64)  not null unique,
    title           varchar(200) not null,
    description     text         not null default '',
    status          varchar(16)  not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    moderation_mode varchar(8)   not null default 'PRE' check (moderation_mode in ('PRE', 'POST')),
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    version         bigint       not null default 0
);

-- Messages: public id is a random UUID so ids reveal neither volume nor order.
create table message (
    id                uuid primary key,
    campaign_id       bigint       not null references campaign (id),
    author_name       varchar(80),
    organization      varchar(120),
    country           varchar(2)   not null,
    language          varchar(35),
    body              text         not null,
    email             varchar(254),
    status            varchar(16)  not null check (status in ('PENDING', 'APPROVED', 'REJECTED', 'SPAM')),
    version           bigint       not null default 0,
    submitted_at      timestamptz  not null,
    published_at      timestamptz,
    decided_at        timestamptz,
    manage_token_hash varchar(64)  not null,
    check ((status = 'APPROVED') = (published_at is not null))
);

-- Public feed: newest first per campaign, keyset on (published_at, id); optional filters ride along.
create index message_feed_idx on message (campaign_id, published_at desc, id desc)
    where status = 'APPROVED';
create index message_feed_country_idx on message (campaign_id, country, published_at desc, id desc)
    where status = 'APPROVED';
create index message_feed_language_idx on message (campaign_id, language, published_at desc, id desc)
    where status = 'APPROVED';
-- Moderation queue: oldest first per campaign and status.
create index message_queue_idx on message (campaign_id, status, submitted_at, id);
create index message_queue_all_idx on message (status, submitted_at, id);

-- Append-only audit trail: one row per decision, written in the decision's transaction.
create table moderation_action (
    id          bigserial primary key,
    message_id  uuid        not null references message (id),
    actor       varchar(64) not null,
    action      varchar(16) not null,
    from_status varchar(16) not null,
    to_status   varchar(16) not null,
    reason      varchar(32),
    note        text,
    created_at  timestamptz not null default now()
);
create index moderation_action_message_idx on moderation_action (message_id, id);

-- Moderator and admin accounts; passwords are bcrypt hashes in modular crypt format.
create sequence account_seq start with 1 increment by 50;

create table account (
    id            bigint primary key,
    username      varchar(64)  not null unique,
    password_hash varchar(100) not null,
    role          varchar(16)  not null check (role in ('moderator', 'admin')),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0
);

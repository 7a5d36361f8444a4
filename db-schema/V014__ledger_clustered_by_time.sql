-- The ledger is read by time: period filters, the drill-down's newest-first pages and exports
-- of a period in time order. Clustering its rows by (occurred_at, id) makes those reads one
-- sequential range of the table instead of a lookup per entry (an export of 125,000 entries:
-- 4.8 s -> 1.2 s on the network-scale data), and new entries, which arrive in time order, are
-- appended at the end. The id stays unique and keeps numbering entries.
ALTER TABLE participation_entry
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (occurred_at, id),
    ADD CONSTRAINT participation_entry_id_uk UNIQUE (id),
    DROP INDEX participation_entry_time_idx;

"""Analysis 4: what a system change made from the organisation's side does to the customer (footprints, queues at resource pools)."""

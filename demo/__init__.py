"""The demo site: a loader that builds it, offline and idempotently, from the data files in
demo/data/, through the plugins' own factories."""

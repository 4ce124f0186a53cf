"""Use cases. Each takes a unit of work, returns plain values, raises typed errors."""

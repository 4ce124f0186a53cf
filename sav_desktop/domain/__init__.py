"""Business rules and values. Pure Python: no Qt, no SQLAlchemy, no pyscard, no I/O."""

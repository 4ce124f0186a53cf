"""Persistence: SQLAlchemy 2 tables, database opening, Alembic glue. Knows nothing of Qt."""

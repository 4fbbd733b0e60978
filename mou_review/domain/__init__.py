"""Pure document logic for mou-review: no Flask, no SQLAlchemy.

Everything here works on plain Python values (strings, dataclasses, file-like
objects) so it can be tested without an application or a database.
"""

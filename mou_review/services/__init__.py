"""Use cases: each takes the database session, ids and the acting user, calls the
domain, owns the one commit and writes the audit event. No request, no flash."""

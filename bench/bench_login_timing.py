"""Time a failed sign-in for a real user name and for an unknown one (the app's real scrypt cost).

Before issue 10 an unknown name answered about 15 times faster (no password hash was computed),
which told an attacker which names exist. Prints the median of each and their ratio: near 1.0
means the answer's timing says nothing about the name. Each try comes from its own client
address, so the throttle never delays it.

    .venv/bin/python bench/bench_login_timing.py [--tries N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tries", type=int, default=15)
    tries = parser.parse_args().tries
    instance = tempfile.mkdtemp()
    os.environ["MOU_INSTANCE_PATH"] = instance
    from mou_review import create_app
    from mou_review.cli import upgrade_database
    from mou_review.domain.types import Role
    from mou_review.extensions import db
    from mou_review.services import users

    app = create_app(
        {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{instance}/bench.sqlite3", "WTF_CSRF_ENABLED": False}
    )
    with app.app_context():
        upgrade_database()
        users.add_user(
            db.session, "real.person", party_code="NAPTIP", role=Role.LEAD, password="a real password"
        )
        db.session.remove()
    client = app.test_client()
    times: dict[str, list[float]] = {"real.person": [], "no.such.person": []}
    for attempt in range(tries):
        for name in times:
            started = time.perf_counter()
            response = client.post(
                "/login",
                data={"username": name, "password": "wrong password"},
                environ_base={"REMOTE_ADDR": f"10.0.{attempt}.{len(name)}"},
            )
            times[name].append(time.perf_counter() - started)
            assert response.status_code == 401, response.status_code
    known, unknown = (statistics.median(times[n]) * 1000 for n in times)
    print(f"password hash: {users.HASH_METHOD}; {tries} failed sign-ins each")
    print(f"real name:    median {known:.1f} ms")
    print(f"unknown name: median {unknown:.1f} ms")
    print(f"ratio real/unknown: {known / unknown:.2f}")


if __name__ == "__main__":
    main()

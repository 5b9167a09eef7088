"""Run a real ``airdate serve`` subprocess on 127.0.0.1 and a headless Chromium."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")
CLI = [sys.executable, "-c", "from airdate.cli import main; main()"]
REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "artifacts"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run_cli(*args: str, db: Path, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "AIRDATE_DB": str(db)}
    return subprocess.run([*CLI, *args], env=env, capture_output=True, text=True, timeout=timeout, check=False)


@contextmanager
def airdate_serve(db: Path, *extra: str) -> Iterator[str]:
    """The base URL of a running ``airdate serve`` on ``db``; stopped afterwards."""
    port = free_port()
    log = db.with_suffix(".serve.log")
    with log.open("w") as out:
        proc = subprocess.Popen(
            [*CLI, "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port), *extra],
            stdout=out, stderr=subprocess.STDOUT, env={**os.environ, "AIRDATE_TOKEN": ""},
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                pytest.fail(f"airdate serve exited with {proc.returncode}: {log.read_text()}")
            try:
                if httpx.get(base + "/api/titles", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"airdate serve did not answer within 30 s: {log.read_text()}")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextmanager
def chromium() -> Iterator[object]:
    """A headless Chromium page through Playwright, or a skip saying what is missing."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Playwright is not installed: pip install playwright to run the browser tests")
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: apt-get install -y chromium to run the browser tests")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"],
        )
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            yield page
        finally:
            browser.close()

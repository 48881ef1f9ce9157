"""The deployment files in deploy/ (docs/scale.md) run commands and options that exist, against
the database service they wait for, with the settings the workers read."""
from __future__ import annotations

import configparser
import shlex
from pathlib import Path

import typer
import yaml

from citebrief.cli import app

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"


def check_command(argv: list[str]) -> str:
    """Every subcommand and option of a `citebrief ...` command line exists; the subcommand."""
    assert Path(argv[0]).name == "citebrief"
    group = typer.main.get_command(app)
    command = group.commands.get(argv[1])
    assert command is not None, f"no such command: citebrief {argv[1]}"
    known = {opt for param in command.params for opt in getattr(param, "opts", [])}
    for word in argv[2:]:
        if word.startswith("--"):
            assert word in known, f"citebrief {argv[1]} has no option {word}"
    ctx = command.make_context("citebrief", argv[2:], resilient_parsing=False)  # values parse too
    assert ctx is not None
    return argv[1]


def test_compose_runs_workers_and_a_scheduler_on_the_postgres_service():
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    services = compose["services"]
    assert set(services) >= {"postgres", "worker", "scheduler"}
    assert check_command(services["worker"]["command"]) == "worker"
    scheduler = services["scheduler"]["command"]
    assert check_command(scheduler) == "run" and "--enqueue" in scheduler and "--every" in scheduler
    for name in ("worker", "scheduler"):
        service = services[name]
        assert service["depends_on"]["postgres"]["condition"] == "service_healthy"
        db = service["environment"]["CITEBRIEF_DB"]
        assert db.startswith("postgresql://") and "@postgres:5432/" in db
        assert db.rsplit("/", 1)[1] == services["postgres"]["environment"]["POSTGRES_DB"]
    # The limits are settings the engine resolves (env -> config), the same for every worker.
    from citebrief.config import LLMSettings

    env = services["worker"]["environment"]
    assert LLMSettings.env_names("requests_per_minute")[0] in env and LLMSettings.env_names("tokens_per_minute")[0] in env


def test_systemd_units_start_a_worker_and_the_scheduler():
    commands = {}
    for unit in sorted((DEPLOY / "systemd").glob("*.service")):
        parser = configparser.ConfigParser(interpolation=None, strict=False)
        parser.optionxform = str  # keys are case-sensitive
        parser.read(unit)
        assert parser["Service"]["EnvironmentFile"] == "/etc/citebrief/env"
        assert parser["Install"]["WantedBy"] == "multi-user.target"
        commands[unit.name] = check_command(shlex.split(parser["Service"]["ExecStart"]))
    assert commands == {"citebrief-scheduler.service": "run", "citebrief-worker@.service": "worker"}
    env = dict(line.split("=", 1) for line in (DEPLOY / "systemd" / "env.example").read_text().splitlines()
               if line and not line.startswith("#"))
    assert env["CITEBRIEF_DB"].startswith("postgresql://")

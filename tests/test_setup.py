"""The two-command set-up: pins that agree, a Makefile that rebuilds on changed pins, CI, README.

Expected values come from issue 2 ("Layout and set-up") and DEVELOPERS.md.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
import yaml

PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)$")


def canonical(name: str) -> str:
    """A package name as pip compares them (PEP 503): ``PyYAML`` and ``pyyaml`` are one."""
    return re.sub(r"[-_.]+", "-", name).lower()


def lock_pins(project_root: Path) -> list[str]:
    lines = (project_root / "requirements.lock").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def environment_pins(project_root: Path) -> list[str]:
    environment = yaml.safe_load((project_root / "environment.yml").read_text(encoding="utf-8"))
    pip_sections = [d["pip"] for d in environment["dependencies"] if isinstance(d, dict)]
    assert len(pip_sections) == 1, "environment.yml should have one pip: list"
    return [str(pin).strip() for pin in pip_sections[0]]


def test_lock_holds_only_exact_pins(project_root):
    not_pinned = [line for line in lock_pins(project_root) if not PIN.match(line)]
    assert not_pinned == []


def test_environment_pip_list_holds_only_exact_pins(project_root):
    not_pinned = [line for line in environment_pins(project_root) if not PIN.match(line)]
    assert not_pinned == []


def test_every_lock_pin_is_in_environment_yml(project_root):
    missing = set(lock_pins(project_root)) - set(environment_pins(project_root))
    assert sorted(missing) == []


def test_every_environment_yml_pin_is_in_the_lock(project_root):
    missing = set(environment_pins(project_root)) - set(lock_pins(project_root))
    assert sorted(missing) == []


def test_lock_pins_each_package_once(project_root):
    names = [canonical(PIN.match(line).group(1)) for line in lock_pins(project_root)]
    assert sorted({n for n in names if names.count(n) > 1}) == []


def test_environment_yml_asks_for_python_3_11(project_root):
    environment = yaml.safe_load((project_root / "environment.yml").read_text(encoding="utf-8"))
    assert "python=3.11" in environment["dependencies"]


def test_direct_dependencies_are_pinned_in_the_lock(project_root):
    project = tomllib.loads((project_root / "pyproject.toml").read_text(encoding="utf-8"))[
        "project"
    ]
    direct = project["dependencies"] + [
        d for extra in project.get("optional-dependencies", {}).values() for d in extra
    ]
    names = {canonical(re.split(r"[<>=!~;\[ ]", d, maxsplit=1)[0]) for d in direct}
    pinned = {canonical(PIN.match(line).group(1)) for line in lock_pins(project_root)}
    assert sorted(names - pinned) == []


def test_makefile_rebuilds_venv_when_pins_change(project_root):
    makefile = (project_root / "Makefile").read_text(encoding="utf-8")
    stamp = re.search(r"^STAMP\s*:=\s*(\S+)", makefile, re.M).group(1)
    rule = re.search(r"^\$\(STAMP\)\s*:(.*)$", makefile, re.M)
    assert rule is not None, f"no rule for the stamp {stamp}"
    assert "requirements.lock" in rule.group(1).split()
    recipe = makefile[rule.end() :].split("\n\n", 1)[0]
    assert "-r requirements.lock" in recipe


@pytest.mark.parametrize("target", ["report", "test", "lab"])
def test_make_targets_set_up_the_venv_first(project_root, target):
    makefile = (project_root / "Makefile").read_text(encoding="utf-8")
    rule = re.search(rf"^{target}\s*:([^#\n]*)", makefile, re.M)
    assert rule is not None, f"no make {target}"
    assert "$(STAMP)" in rule.group(1).split()


def test_make_lab_listens_on_localhost_with_a_token(project_root):
    makefile = (project_root / "Makefile").read_text(encoding="utf-8")
    recipe = re.search(r"^lab\s*:.*\n((?:\t.*\n)+)", makefile, re.M).group(1)
    assert "--ip=127.0.0.1" in recipe
    assert "token" not in recipe.lower()  # no --*.token='' switching authentication off


def test_seeds_are_the_shared_seeds_verbatim(project_root, shared_dir):
    shared_seeds = shared_dir / "seeds"
    if not shared_seeds.is_dir():
        pytest.skip(f"{shared_seeds} not found: the shared folder is not beside this clone")
    ours = {
        p.relative_to(project_root / "seeds"): p.read_bytes()
        for p in (project_root / "seeds").rglob("*")
        if p.is_file()
    }
    theirs = {
        p.relative_to(shared_seeds): p.read_bytes() for p in shared_seeds.rglob("*") if p.is_file()
    }
    assert sorted(ours) == sorted(theirs)
    assert ours == theirs


def test_no_nltk_download_anywhere(project_root):
    offenders = [
        path.relative_to(project_root).as_posix()
        for folder in ("analysis", "notebooks")
        for path in (project_root / folder).rglob("*")
        if path.suffix in (".py", ".ipynb")
        and ".ipynb_checkpoints" not in path.parts
        and re.search(
            r"nltk\s*\.\s*download|from\s+nltk\s+import\s+download",
            path.read_text(encoding="utf-8"),
        )
    ]
    assert offenders == []


def test_ci_runs_make_test(project_root):
    script = (project_root / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line.strip() for line in script.splitlines() if not line.lstrip().startswith("#")]
    assert script.startswith("#!")
    assert "set -euo pipefail" in commands  # a failing step fails CI
    assert "make test" in commands


def test_readme_gives_the_two_commands_first(project_root):
    readme = (project_root / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"\bmake ([a-z][a-z-]*)", readme)
    assert sorted(commands[:2]) == ["report", "test"]

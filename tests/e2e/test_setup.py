#!/usr/bin/python3
"""scripts/setup.sh: what each layer installs, and how it waits for apt.

The scripts run in a copy of the project's scripts in a temporary folder,
with stand-ins for dpkg, apt-get, sudo, npm, node and cmake first on PATH
that log their arguments, so nothing is installed or built. Checked: the
packages of the runtime and test layers (frozen below); the README's first
command (scripts/build.sh && scripts/run-examples.sh) installs the runtime
layer only, after apt-get update, with apt's lock wait; scripts/test.sh's
layer adds the test packages and the JavaScript libraries; nothing runs when
all is installed; a held lock is waited for, saying who holds it.

Run by ctest; by hand: /usr/bin/python3 tests/e2e/test_setup.py
"""

import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time

SOURCE_DIR = os.environ.get(
    "PARLEY_SOURCE_DIR", os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

RUNTIME = ["build-essential", "cmake", "pkg-config", "graphviz", "libgraphviz-dev", "libgvc6",
           "libjansson-dev", "libxml2-dev", "libutf8proc-dev", "python3"]
TESTS = ["chromium", "python3-jsonschema", "python3-networkx", "libxml2-utils", "iso-codes",
         "valgrind", "groff-base", "man-db", "clang-14", "libfuzzer-14-dev", "parallel",
         "python3-dask", "python3-distributed",
         "nodejs", "npm"]
LOCK_WAIT = ["-o", "DPkg::Lock::Timeout=600"]

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL " + what)
    return cond


def write_exec(path, text):
    with open(path, "w") as f:
        f.write(text)
    os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


STANDINS = {
    # dpkg -s PKG: installed when PKG is in $FAKE_INSTALLED (or it is "all").
    "dpkg": """#!/bin/sh
[ "$1" = -s ] || exit 2
case " $FAKE_INSTALLED " in *" all "*|*" $2 "*) exit 0 ;; esac
exit 1
""",
    # apt-get: logs one line; "update" fails with apt's lock message while
    # $FAKE_DIR/lock-fails holds a positive count.
    "apt-get": """#!/bin/sh
echo "apt-get $*" >> "$FAKE_DIR/log"
case " $* " in *" update "*)
  n=$(cat "$FAKE_DIR/lock-fails" 2>/dev/null || echo 0)
  if [ "$n" -gt 0 ]; then
    echo $((n - 1)) > "$FAKE_DIR/lock-fails"
    echo "E: Could not get lock /var/lib/apt/lists/lock. It is held by process 4242 (apt-get)" >&2
    echo "E: Unable to lock directory /var/lib/apt/lists/" >&2
    exit 100
  fi ;;
esac
exit 0
""",
    "sudo": "#!/bin/sh\nexec \"$@\"\n",
    "npm": """#!/bin/sh
echo "npm $*" >> "$FAKE_DIR/log"
[ "$1" = ci ] && mkdir -p "$3/node_modules"
exit 0
""",
    "node": "#!/bin/sh\nexit 0\n",
    "cmake": "#!/bin/sh\necho \"cmake $*\" >> \"$FAKE_DIR/log\"\n",
}


def project_copy(tmp):
    """A folder with the project's scripts, tests/js/package-lock.json, one
    example and a stand-in build/parley."""
    root = os.path.join(tmp, "project")
    os.makedirs(os.path.join(root, "tests", "js"))
    os.makedirs(os.path.join(root, "examples"))
    os.makedirs(os.path.join(root, "build"))
    shutil.copytree(os.path.join(SOURCE_DIR, "scripts"), os.path.join(root, "scripts"))
    shutil.copy(os.path.join(SOURCE_DIR, "tests", "js", "package-lock.json"),
                os.path.join(root, "tests", "js"))
    with open(os.path.join(root, "examples", "a.txt"), "w") as f:
        f.write("Talks.\n")
    write_exec(os.path.join(root, "build", "parley"),
               "#!/bin/sh\necho \"parley $*\" >> \"$FAKE_DIR/log\"\n")
    return root


def standins(tmp, root, installed="", lock_fails=0):
    """(environment, folder) for a run with fresh stand-ins and log."""
    fake = os.path.join(tmp, "fake")
    if os.path.isdir(fake):
        shutil.rmtree(fake)
    os.makedirs(os.path.join(fake, "bin"))
    for name, text in STANDINS.items():
        write_exec(os.path.join(fake, "bin", name), text)
    with open(os.path.join(fake, "lock-fails"), "w") as f:
        f.write("%d\n" % lock_fails)
    js = os.path.join(root, "tests", "js", "node_modules")
    if os.path.isdir(js):
        shutil.rmtree(js)
    env = dict(os.environ, PATH=os.path.join(fake, "bin") + ":" + os.environ["PATH"],
               FAKE_DIR=fake, FAKE_INSTALLED=installed)
    return env, fake


def logged(fake):
    if not os.path.exists(os.path.join(fake, "log")):
        return []
    with open(os.path.join(fake, "log")) as f:
        return f.read().splitlines()


def run(tmp, root, cmd, installed="", lock_fails=0, wait=None):
    env, fake = standins(tmp, root, installed, lock_fails)
    if wait is not None:
        env["PARLEY_APT_WAIT"] = str(wait)
    p = subprocess.run(["bash", "-c", cmd], cwd=root, env=env, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=300)
    return p, logged(fake)


def apt_lines(log):
    return [l for l in log if l.startswith("apt-get ")]


def install_line(packages):
    return " ".join(["apt-get"] + LOCK_WAIT + ["install", "-y", "--no-install-recommends"]
                    + packages)


def test_lists(root):
    p = subprocess.run(["bash", os.path.join(root, "scripts", "setup.sh"), "--list"],
                       stdout=subprocess.PIPE, timeout=60)
    check(p.stdout.decode().split() == RUNTIME, "runtime layer: %r" % p.stdout.decode().split())
    p = subprocess.run(["bash", os.path.join(root, "scripts", "setup.sh"), "--list", "--tests"],
                       stdout=subprocess.PIPE, timeout=60)
    check(p.stdout.decode().split() == RUNTIME + TESTS, "test layer: %r" % p.stdout.decode().split())
    check(not set(RUNTIME) & set(TESTS), "no package in both layers")
    p = subprocess.run(["bash", os.path.join(root, "scripts", "setup.sh"), "--nope"],
                       stderr=subprocess.PIPE, timeout=60)
    check(p.returncode == 2 and p.stderr == b"setup.sh: unknown option '--nope' (see --help)\n",
          "an unknown option: %r" % p.stderr)


def test_readme_first_command(tmp, root):
    """Nothing installed: the runtime layer alone, after apt-get update."""
    p, log = run(tmp, root, "scripts/build.sh && scripts/run-examples.sh")
    check(p.returncode == 0, "build.sh && run-examples.sh: %r" % p.stderr.decode()[-500:])
    check(apt_lines(log) == [" ".join(["apt-get"] + LOCK_WAIT + ["update"]), install_line(RUNTIME)],
          "the first command installs the runtime layer: %r" % apt_lines(log))
    check(not [l for l in log if l.startswith("npm")], "the first command runs no npm: %r" % log)
    check([l for l in log if l.startswith("parley")] == [
        "parley --output output examples/a.txt", "parley --output output --name graph examples/a.txt"],
        "then parley runs on the examples: %r" % log)
    check(p.stderr.decode().startswith("setup.sh: installing " + " ".join(RUNTIME) + "\n"),
          "setup.sh says what it installs: %r" % p.stderr.decode()[:300])
    # Only a few missing: only those.
    p, log = run(tmp, root, "scripts/setup.sh", installed=" ".join(RUNTIME[:-2]))
    check(apt_lines(log)[1:] == [install_line(RUNTIME[-2:])],
          "only the missing packages: %r" % apt_lines(log))


def test_test_layer(tmp, root):
    p, log = run(tmp, root, "scripts/setup.sh --tests")
    # node and npm are found as commands (the stand-ins), so not installed.
    want = RUNTIME + [t for t in TESTS if t not in ("nodejs", "npm")]
    check(p.returncode == 0 and apt_lines(log)[1:] == [install_line(want)],
          "the test layer: %r %r" % (apt_lines(log), p.stderr.decode()[-300:]))
    check(log[-1] == "npm ci --prefix %s/tests/js --no-audit --no-fund" % root,
          "the test layer installs tests/js: %r" % log[-1:])
    p, log = run(tmp, root, "scripts/setup.sh --tests", installed="all")
    check(p.returncode == 0 and apt_lines(log) == [], "all installed: no apt-get: %r" % log)
    p, log = run(tmp, root, "scripts/setup.sh", installed="all")
    check(p.returncode == 0 and log == [] and p.stderr == b"",
          "all installed: the runtime layer does nothing: %r %r" % (log, p.stderr))


def test_lock(tmp, root):
    """A lock held during apt-get update is waited for, and said so."""
    start = time.monotonic()
    p, log = run(tmp, root, "scripts/setup.sh", lock_fails=2)
    err = p.stderr.decode()
    check(p.returncode == 0, "setup.sh waits through a held lock: %r" % err[-500:])
    check([l.split()[-1] for l in apt_lines(log)] == ["update"] * 3 + [RUNTIME[-1]],
          "apt-get update is tried again until the lock is free: %r" % apt_lines(log))
    check(err.count("setup.sh: waiting for the package lock (Could not get lock "
                    "/var/lib/apt/lists/lock. It is held by process 4242 (apt-get))\n") == 2,
          "each wait names the lock and its holder: %r" % err)
    check(time.monotonic() - start >= 9, "it waits between tries")
    # The wait has an end.
    p, log = run(tmp, root, "scripts/setup.sh", lock_fails=100, wait=3)
    check(p.returncode == 100 and len(apt_lines(log)) <= 3,
          "after PARLEY_APT_WAIT seconds apt-get's failure stands: %d %r" % (p.returncode, log))

    # Another package manager running: setup.sh waits for it first, naming
    # it, and goes on once it has ended.
    holder_dir = os.path.join(tmp, "holder")
    os.makedirs(holder_dir, exist_ok=True)
    holder = os.path.join(holder_dir, "apt-get")
    shutil.copy(shutil.which("sleep"), holder)
    h = subprocess.Popen([holder, "300"])
    err_path = os.path.join(tmp, "setup.err")
    try:
        env, fake = standins(tmp, root)
        env["PARLEY_APT_WAIT"] = "240"
        with open(err_path, "wb") as err_file:
            setup = subprocess.Popen(["bash", "-c", "scripts/setup.sh"], cwd=root, env=env,
                                     stdout=subprocess.DEVNULL, stderr=err_file)
        said = "setup.sh: waiting for another package manager to finish: %d (%s 300)" % (
            h.pid, holder)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and said not in open(err_path).read():
            time.sleep(0.2)
        check(said in open(err_path).read(),
              "setup.sh names the package manager it waits for: %r" % open(err_path).read()[:400])
        check(setup.poll() is None and not apt_lines(logged(fake)),
              "it installs nothing while the other one runs")
    finally:
        h.kill()
        h.wait()
    check(setup.wait(timeout=120) == 0 and len(apt_lines(logged(fake))) == 2,
          "then it installs: %r" % logged(fake))


def main():
    tmp = tempfile.mkdtemp(prefix="parley-setup-test-")
    try:
        root = project_copy(tmp)
        test_lists(root)
        test_readme_first_command(tmp, root)
        test_test_layer(tmp, root)
        test_lock(tmp, root)
    finally:
        shutil.rmtree(tmp)
    if failures:
        print("%d failed" % len(failures))
        return 1
    print("all setup.sh checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

import os
import signal
import subprocess
import sys
import tempfile

print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)

# run
r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r)
print(r.returncode, r.stdout, r.stderr, type(r).__name__)
r = subprocess.run("echo out; echo err >&2; exit 3", shell=True, capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr), r.returncode)
r = subprocess.run(["cat"], input=b"fed through stdin\n", stdout=subprocess.PIPE)
print(r.stdout, r.stderr)
r = subprocess.run("cat; echo done", shell=True, input="text input\r\nline two\n", capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(["sh", "-c", "exit 7"])
print(r.returncode, r.stdout, r.args)
r = subprocess.run("echo to-devnull", shell=True, stdout=subprocess.DEVNULL)
print(r.stdout, r.returncode)
r = subprocess.run("echo a; echo b >&2", shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r.stdout)
r = subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True)
print(r.stdout)
try:
    subprocess.run("exit 2", shell=True, check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e, e.returncode, e.cmd, e.output, e.stdout)
try:
    r = subprocess.run(["sh", "-c", "kill -TERM $$"], check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e, e.returncode)
r = subprocess.run(["sh", "-c", "kill -TERM $$"])
print(r.returncode)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print("check_returncode:", e)
try:
    subprocess.CompletedProcess(["x"], 1, b"o", b"e").check_returncode()
except subprocess.CalledProcessError as e:
    print(e, e.stdout, e.stderr)
try:
    subprocess.run(["cat"], input=b"x", stdin=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)
try:
    subprocess.run(["true"], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)

# check_output / check_call / call / getoutput
print(subprocess.check_output(["echo", "check_output"]))
print(subprocess.check_output("printf 'a\\nb\\n'", shell=True, text=True).splitlines())
print(subprocess.check_output(["cat"], input=b"piped"))
print(subprocess.check_output("echo x; echo y >&2", shell=True, stderr=subprocess.STDOUT))
try:
    subprocess.check_output("echo partial; exit 4", shell=True)
except subprocess.CalledProcessError as e:
    print(e, e.output)
print(subprocess.check_call(["true"]))
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.call("exit 5", shell=True))
print(repr(subprocess.getoutput("echo getoutput; echo stderr too >&2")))
print(subprocess.getstatusoutput("echo status; exit 3"))
try:
    subprocess.check_output(["true"], stdout=None)
except ValueError as e:
    print("ValueError:", e)

# cwd and env
d = os.path.realpath(tempfile.mkdtemp())
with open(os.path.join(d, "marker.txt"), "w") as f:
    f.write("marker")
r = subprocess.run(["sh", "-c", "pwd; ls"], cwd=d, capture_output=True, text=True)
print(r.stdout.replace(d, "<tmp>"))
r = subprocess.run("echo $COIL_TEST_VAR-$HOME-", shell=True, env={"COIL_TEST_VAR": "from env", "PATH": os.environ["PATH"]},
                   capture_output=True)
print(r.stdout)
os.environ["COIL_TEST_VAR2"] = "inherited"
os.environ.setdefault("COIL_TEST_VAR3", "three")
os.environ.update({"COIL_TEST_VAR4": "four"})
print(os.environ.pop("COIL_TEST_VAR4"), os.environ.get("COIL_TEST_VAR4"), "COIL_TEST_VAR3" in os.environ,
      os.getenv("COIL_TEST_VAR3"), type(os.environ.copy()).__name__)
r = subprocess.run("echo ${COIL_TEST_VAR3:-unset} ${COIL_TEST_VAR4:-unset}", shell=True, capture_output=True)
print(r.stdout)
del os.environ["COIL_TEST_VAR3"]
try:
    del os.environ["COIL_TEST_VAR3"]
except KeyError as e:
    print("KeyError", e)
try:
    os.environ["X"] = 1
except TypeError as e:
    print("TypeError", e)
r = subprocess.run("echo ${COIL_TEST_VAR2:-not inherited}", shell=True, capture_output=True)
print(r.stdout)
r = subprocess.run(["sh", "-c", "echo $0 $1 $2", "zero", "one", "two words"], capture_output=True)
print(r.stdout)

# Popen
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"popen communicate")
print(out, err, p.returncode, p.poll(), type(p.pid).__name__)
p = subprocess.Popen("echo line1; echo line2; echo line3", shell=True, stdout=subprocess.PIPE, text=True)
print(p.stdout.readline(), end="")
print(list(p.stdout))
print(p.wait(), p.returncode)
p.stdout.close()
p = subprocess.Popen(["sh", "-c", "read x; echo got $x; exit 9"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b"value\n")
p.stdin.flush()
print(p.stdout.read())
print(p.wait())
p.stdin.close()
p.stdout.close()
with subprocess.Popen(["echo", "context"], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode, repr(p)[:40])
p = subprocess.Popen(["sleep", "10"])
print(p.poll())
p.terminate()
print(p.wait())
p = subprocess.Popen(["sleep", "10"])
p.kill()
print(p.wait(), p.poll())
p = subprocess.Popen(["sleep", "10"])
p.send_signal(signal.SIGINT)
print(p.wait())
p.send_signal(signal.SIGINT)

# timeouts
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e.cmd, 0 < e.timeout <= 0.2)
p = subprocess.Popen(["sleep", "5"])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e)
p.kill()
print(p.wait())
try:
    subprocess.check_output("echo early; sleep 5", shell=True, timeout=0.3)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e.output)
p = subprocess.Popen("echo ok", shell=True, stdout=subprocess.PIPE)
print(p.communicate(timeout=5))

# large data through both pipes at once (no deadlock)
blob = b"".join(b"%06d\n" % i for i in range(40000))
r = subprocess.run("cat; cat >&2 < /dev/null; echo end >&2", shell=True, input=blob, capture_output=True)
print(len(r.stdout), r.stdout == blob, r.stderr)
r = subprocess.run(["sh", "-c", "cat | tee /dev/stderr"], input=blob, capture_output=True)
print(r.stdout == blob, r.stderr == blob)

# errors starting the child
for args, kw in [(["/nonexistent/program"], {}), (["no-such-program-xyz"], {}),
                 (["true"], {"cwd": "/nonexistent-dir"}), ([d], {})]:
    try:
        subprocess.run(args, **kw)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == (kw.get("cwd") or args[0]))
try:
    subprocess.Popen(["true"], text=True, universal_newlines=False)
except subprocess.SubprocessError as e:
    print("SubprocessError:", e)

# pass_fds, close_fds and preexec_fn
rfd, wfd = os.pipe()
p = subprocess.Popen(["sh", "-c", "echo through-fd >&%d" % wfd], pass_fds=[wfd])
p.wait()
os.close(wfd)
print(os.read(rfd, 100))
os.close(rfd)
rfd, wfd = os.pipe()
os.set_inheritable(wfd, True)
r = subprocess.run(["sh", "-c", "echo x >&%d 2>/dev/null && echo open || echo closed" % wfd], capture_output=True)
print(r.stdout)
r = subprocess.run(["sh", "-c", "echo x >&%d 2>/dev/null && echo open || echo closed" % wfd], capture_output=True,
                   close_fds=False)
print(r.stdout)
os.close(rfd)
os.close(wfd)
r = subprocess.run(["sh", "-c", "echo $COIL_PRE"], preexec_fn=lambda: os.environ.update(COIL_PRE="x") or os.putenv("COIL_PRE", "set in child"),
                   capture_output=True)
print(r.stdout)
try:
    subprocess.run(["true"], preexec_fn=lambda: 1 / 0)
except subprocess.SubprocessError as e:
    print("SubprocessError:", e)
r = subprocess.run(["sh", "-c", "echo $$ > /dev/null; ps -o sid= -p $$ >/dev/null 2>&1; echo ok"],
                   start_new_session=True, capture_output=True)
print(r.stdout)

# SIGPIPE is restored in children
r = subprocess.run("yes | head -n 2", shell=True, capture_output=True)
print(r.stdout, r.returncode)

# os process primitives
pid = os.fork()
if pid == 0:
    os._exit(42)
wpid, status = os.waitpid(pid, 0)
print(wpid == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))
pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), signal.SIGKILL)
    os._exit(0)
wpid, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status), os.WIFEXITED(status))
pid = os.fork()
if pid == 0:
    os.execv("/bin/sh", ["sh", "-c", "exit 12"])
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.dup2(w, 1)
    os.execve("/bin/sh", ["sh", "-c", "echo $ONLY"], {"ONLY": "execve env"})
os.close(w)
print(os.read(r, 100), os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
os.close(r)
try:
    os.waitpid(-1, 0)
except ChildProcessError as e:
    print("ChildProcessError", e.errno)
try:
    os.execv("/bin/sh", [])
except ValueError as e:
    print("ValueError:", e)
r, w = os.pipe()
print(os.get_blocking(r), os.get_inheritable(r))
os.set_blocking(r, False)
os.set_inheritable(r, True)
print(os.get_blocking(r), os.get_inheritable(r))
try:
    os.read(r, 1)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
os.close(r)
os.close(w)
os.remove(os.path.join(d, "marker.txt"))
os.rmdir(d)
print("done")

// SPDX-License-Identifier: Apache-2.0
/*
 * i2ckit-client PROGRAM [ARG...]: runs an i2ckit command (PROGRAM "i2ckit") or a drop-in
 * (PROGRAM "i2cget", ...) in the user's resident engine, a warm JVM, instead of starting one.
 *
 * It connects to $XDG_RUNTIME_DIR/i2ckit/engine-KEY.sock (else /tmp/i2ckit-UID/...; the folder
 * must be the user's own, mode 0700), KEY the FNV-1a sum of $I2CKIT_ENGINE_JAR, starting the
 * engine with $I2CKIT_ENGINE_START when none answers. It hands over its stdin, stdout and stderr
 * (SCM_RIGHTS), so terminals, pipes and redirections behave as in a cold run, then the command
 * line, working directory, umask and environment, and exits with the command's status. Ctrl-C cancels
 * the command in the engine by shutting the client's side of the connection down (a second one
 * leaves at once).
 *
 * Exit 255 with nothing printed means "run it cold": I2CKIT_ENGINE=off, no jar named, an unsafe
 * folder, a closed standard descriptor, a command that keeps a process of its own (shell, fan
 * studio, engine serve), an engine that cannot start, asks for it (outdated) or goes away before
 * it says it took the command ('A'; an engine idling out as the client came). The launchers then
 * start the JVM as before.
 *
 * Built for a package (-DI2CKIT_COLD='"/usr/lib/i2ckit/i2ckit-cold"' -DI2CKIT_JAR='"/usr/share/i2ckit/i2ckit.jar"')
 * it is the command itself, /usr/bin/i2ckit, and the drop-ins are links to it: the program is the
 * name it was called by (i2cget, ...; else i2ckit), the jar and the engine's start command are
 * built in (the environment's I2CKIT_ENGINE_JAR and _START are the checkout's, not read), and
 * "run it cold" executes I2CKIT_COLD with the same command line instead of exiting 255, so no
 * shell stands between a script and the engine. Only libc; Linux.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define COLD 255
#define PROTOCOL "i2ckit-engine-3"

extern char **environ;
static volatile sig_atomic_t sock = -1;
static volatile sig_atomic_t interrupts;

static void on_signal(int sig) {
    (void) sig;
    if (++interrupts > 1) {
        _exit(130); /* a second Ctrl-C: leave without waiting for the engine */
    }
    if (sock >= 0) {
        (void) shutdown(sock, SHUT_WR); /* the engine sees the hang-up and cancels; its answer still comes */
    }
}

/* The engine's folder: made 0700 if missing, refused unless the user's own with no group or other access. */
static int engine_dir(char *out, size_t size) {
    const char *runtime = getenv("XDG_RUNTIME_DIR");
    int n = runtime && *runtime ? snprintf(out, size, "%s/i2ckit", runtime)
                                : snprintf(out, size, "/tmp/i2ckit-%u", (unsigned) getuid());
    if (n < 0 || (size_t) n >= size) {
        return -1;
    }
    if (mkdir(out, 0700) != 0 && errno != EEXIST) {
        return -1;
    }
    struct stat st;
    if (lstat(out, &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != getuid() || (st.st_mode & 077) != 0) {
        return -1;
    }
    return 0;
}

static uint32_t fnv1a(const char *s) {
    uint32_t h = 0x811c9dc5u;
    for (; *s; s++) {
        h ^= (unsigned char) *s;
        h *= 0x01000193u;
    }
    return h;
}

static int connect_to(const char *path) {
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return -1;
    }
    struct sockaddr_un a = {.sun_family = AF_UNIX};
    strncpy(a.sun_path, path, sizeof a.sun_path - 1);
    if (connect(fd, (struct sockaddr *) &a, sizeof a) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

/* Starts the engine with COMMAND (detached, its output in LOG) and waits until it answers; -1 if it never does. */
static int start_engine(const char *command, const char *path, const char *lock, const char *log) {
    if (!command || !*command) {
        return -1;
    }
    int lfd = open(lock, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (lfd < 0 || flock(lfd, LOCK_EX) != 0) {
        return -1;
    }
    int fd = connect_to(path); /* another client may have started it while this one waited */
    if (fd < 0) {
        pid_t pid = fork();
        if (pid == 0) {
            setsid();
            int in = open("/dev/null", O_RDONLY);
            int out = open(log, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, 0600);
            if (in < 0 || out < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(out, 2) < 0) {
                _exit(127);
            }
            execl("/bin/sh", "sh", "-c", command, (char *) NULL);
            _exit(127);
        }
        const char *limit = getenv("I2CKIT_ENGINE_START_TIMEOUT");
        long millis = (limit && *limit ? atol(limit) : 60) * 1000;
        struct timespec step = {0, 20 * 1000 * 1000};
        for (long waited = 0; pid > 0 && fd < 0 && waited < millis; waited += 20) {
            nanosleep(&step, NULL);
            fd = connect_to(path);
            if (fd < 0 && waitpid(pid, NULL, WNOHANG) == pid) {
                break; /* the engine ended before it listened: its log says why */
            }
        }
    }
    close(lfd);
    return fd;
}

static int send_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t k = send(fd, p, n, MSG_NOSIGNAL);
        if (k < 0 && errno == EINTR) {
            continue;
        }
        if (k <= 0) {
            return -1;
        }
        p += k;
        n -= (size_t) k;
    }
    return 0;
}

/* Appends S and its NUL to the growing buffer. */
static int put(char **buf, size_t *len, size_t *cap, const char *s) {
    size_t n = strlen(s) + 1;
    while (*len + n > *cap) {
        *cap = *cap ? *cap * 2 : 4096;
        char *grown = realloc(*buf, *cap);
        if (!grown) {
            return -1;
        }
        *buf = grown;
    }
    memcpy(*buf + *len, s, n);
    *len += n;
    return 0;
}

/* The request: its 4-byte big-endian length, then the strings (see EngineRequest); malloc'd, or NULL. */
static char *build_request(const char *program, int nargs, char **args, size_t *out_len) {
    char cwd[4096], count[16];
    if (!getcwd(cwd, sizeof cwd)) {
        return NULL;
    }
    size_t cap = 4096, len = 4; /* the first 4 bytes hold the body's length, written below */
    char *buf = malloc(cap);
    if (!buf) {
        return NULL;
    }
    int bad = put(&buf, &len, &cap, PROTOCOL) | put(&buf, &len, &cap, program) | put(&buf, &len, &cap, cwd);
    mode_t mask = umask(0); /* read it: umask(2) only sets */
    umask(mask);
    snprintf(count, sizeof count, "%o", (unsigned) mask);
    bad |= put(&buf, &len, &cap, count);
    snprintf(count, sizeof count, "%d", nargs);
    bad |= put(&buf, &len, &cap, count);
    for (int i = 0; i < nargs; i++) {
        bad |= put(&buf, &len, &cap, args[i]);
    }
    int envc = 0;
    for (char **e = environ; *e; e++) {
        envc++;
    }
    snprintf(count, sizeof count, "%d", envc);
    bad |= put(&buf, &len, &cap, count);
    for (char **e = environ; *e; e++) {
        bad |= put(&buf, &len, &cap, *e);
    }
    if (bad) {
        free(buf);
        return NULL;
    }
    uint32_t body = (uint32_t) (len - 4);
    buf[0] = (char) (body >> 24);
    buf[1] = (char) (body >> 16);
    buf[2] = (char) (body >> 8);
    buf[3] = (char) body;
    *out_len = len;
    return buf;
}

/*
 * One byte carrying the descriptors 0, 1, 2 (SCM_RIGHTS), then the request, in one sendmsg: the
 * engine, woken once, finds it all there (on one CPU every extra wake-up is a trip through the
 * scheduler).
 */
static int send_request(int fd, const char *buf, size_t len) {
    int fds[3] = {0, 1, 2};
    char byte = 'F';
    struct iovec iov[2] = {{.iov_base = &byte, .iov_len = 1}, {.iov_base = (char *) buf, .iov_len = len}};
    union {
        char buf[CMSG_SPACE(sizeof fds)];
        struct cmsghdr align;
    } control;
    memset(&control, 0, sizeof control);
    struct msghdr msg = {.msg_iov = iov, .msg_iovlen = 2, .msg_control = control.buf,
                         .msg_controllen = sizeof control.buf};
    struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof fds);
    memcpy(CMSG_DATA(c), fds, sizeof fds);
    ssize_t sent;
    do {
        sent = sendmsg(fd, &msg, MSG_NOSIGNAL);
    } while (sent < 0 && errno == EINTR);
    /* a large environment may not fit the socket's buffer at once: the rest follows */
    return sent < 1 ? -1 : send_all(fd, buf + (sent - 1), len - (size_t) (sent - 1));
}

static int read_all(int fd, unsigned char *p, size_t n) {
    while (n > 0) {
        ssize_t k = read(fd, p, n);
        if (k < 0 && errno == EINTR) {
            continue;
        }
        if (k <= 0) {
            return -1;
        }
        p += k;
        n -= (size_t) k;
    }
    return 0;
}

/* Commands that keep a process of their own: the shell, the studio, the engine itself. */
static int own_process(const char *program, int nargs, char **args) {
    if (strcmp(program, "i2ckit") != 0 || nargs < 1) {
        return 0;
    }
    return strcmp(args[0], "shell") == 0 || (nargs > 1 && strcmp(args[0], "fan") == 0 && strcmp(args[1], "studio") == 0)
           || (nargs > 1 && strcmp(args[0], "engine") == 0 && strcmp(args[1], "serve") == 0);
}

/* Runs PROGRAM ARGS in the engine for JAR (started with START if none runs): its exit status, or COLD. */
static int warm(const char *jar, const char *start, const char *program, int nargs, char **args) {
    const char *mode = getenv("I2CKIT_ENGINE");
    if ((mode && strcmp(mode, "off") == 0) || !jar || !*jar || own_process(program, nargs, args)) {
        return COLD;
    }
    for (int fd = 0; fd <= 2; fd++) {
        if (fcntl(fd, F_GETFD) < 0) {
            return COLD; /* a closed standard descriptor: the cold run handles it as it always did */
        }
    }
    char dir[256], path[320], lock[320], log[320];
    if (engine_dir(dir, sizeof dir) != 0) {
        return COLD;
    }
    uint32_t key = fnv1a(jar);
    snprintf(path, sizeof path, "%s/engine-%08x.sock", dir, key);
    snprintf(lock, sizeof lock, "%s/engine-%08x.lock", dir, key);
    snprintf(log, sizeof log, "%s/engine-%08x.log", dir, key);
    /* the request is ready before the engine hears of it: it waits on no part of this client's work */
    size_t len;
    char *request = build_request(program, nargs, args, &len);
    if (!request) {
        return COLD;
    }
    int fd = connect_to(path);
    if (fd < 0) {
        /* 'engine status' and 'engine stop' never start an engine just to answer */
        if (strcmp(program, "i2ckit") == 0 && nargs > 0 && strcmp(args[0], "engine") == 0) {
            free(request);
            return COLD;
        }
        fd = start_engine(start, path, lock, log);
        if (fd < 0) {
            free(request);
            return COLD;
        }
    }
    signal(SIGPIPE, SIG_IGN);
    int sent = send_request(fd, request, len);
    free(request);
    if (sent != 0) {
        close(fd);
        return COLD;
    }
    sock = fd;
    struct sigaction sa = {.sa_handler = on_signal};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    unsigned char frame[5];
    /* 'A': the engine took the command. Lost before that (an engine ending as it idles out), nothing ran: run it cold */
    if (read_all(fd, frame, 1) != 0 || frame[0] == 'R') {
        return COLD;
    }
    if (frame[0] != 'A' || read_all(fd, frame, 1) != 0) {
        fprintf(stderr, "Error: the i2ckit engine stopped in the middle of the command; run it again"
                        " (the next call starts a fresh engine)\n");
        return 1;
    }
    if (frame[0] != 'X' || read_all(fd, frame + 1, 4) != 0) {
        fprintf(stderr, "Error: the i2ckit engine answered nonsense; run it again with I2CKIT_ENGINE=off\n");
        return 1;
    }
    return (int) (((uint32_t) frame[1] << 24) | ((uint32_t) frame[2] << 16) | ((uint32_t) frame[3] << 8) | frame[4]);
}

#ifdef I2CKIT_COLD
static int is_tool(const char *name) {
    static const char *tools[] = {"i2cdetect", "i2cdump", "i2cget", "i2cset", "i2ctransfer"};
    for (size_t i = 0; i < sizeof tools / sizeof *tools; i++) {
        if (strcmp(name, tools[i]) == 0) {
            return 1;
        }
    }
    return 0;
}

/* The packaged command: i2ckit, or a drop-in by the name of its link; cold, the script does it. */
int main(int argc, char **argv) {
    const char *name = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];
    const char *program = is_tool(name) ? name : "i2ckit";
    char **args = argv + 1;
    int nargs = argc - 1;
    if (strcmp(program, "i2ckit") == 0 && nargs >= 2 && strcmp(args[0], "--as-i2c-tool") == 0 && is_tool(args[1])) {
        program = args[1];
        args += 2;
        nargs -= 2;
    }
    int status = warm(I2CKIT_JAR, "exec " I2CKIT_COLD " engine serve", program, nargs, args);
    if (status != COLD) {
        return status;
    }
    char **cold = calloc((size_t) nargs + 4, sizeof *cold);
    if (!cold) {
        return 1;
    }
    int n = 0;
    cold[n++] = (char *) I2CKIT_COLD;
    if (strcmp(program, "i2ckit") != 0) {
        cold[n++] = (char *) "--as-i2c-tool";
        cold[n++] = (char *) program;
    }
    memcpy(cold + n, args, (size_t) nargs * sizeof *cold);
    execv(I2CKIT_COLD, cold);
    fprintf(stderr, "Error: cannot run %s: %s; reinstall i2ckit\n", I2CKIT_COLD, strerror(errno));
    return 1;
}
#else
/* i2ckit-client PROGRAM [ARG...], for a launcher that runs the command cold on 255. */
int main(int argc, char **argv) {
    if (argc < 2) {
        return COLD;
    }
    return warm(getenv("I2CKIT_ENGINE_JAR"), getenv("I2CKIT_ENGINE_START"), argv[1], argc - 2, argv + 2);
}
#endif

/* The forked-child runner shared by hostdiff's and hostdiff64's native halves: fork,
 * a one-byte request/response protocol over two pipes, a timeout on every answer, and
 * the fault-signal set-up the child needs to report exceptions. */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>
#include "hd_child.h"

static _Noreturn void child_main(HdChild *c)
{
    char ok = 'R';
    if (!c->init((char *)c->shared + c->error_offset, c->error_size))
        ok = 'E';
    if (write(c->resp_fd, &ok, 1) != 1 || ok == 'E')
        _exit(1);
    for (;;) {
        char b;
        if (read(c->req_fd, &b, 1) != 1)
            _exit(0);
        c->run(c->shared);
        if (write(c->resp_fd, &b, 1) != 1)
            _exit(1);
    }
}

static bool wait_byte(HdChild *c, char *b, int timeout_ms)
{
    struct pollfd pfd = { .fd = c->resp_fd, .events = POLLIN };
    int n;
    do
        n = poll(&pfd, 1, timeout_ms);
    while (n < 0 && errno == EINTR);
    return n == 1 && read(c->resp_fd, b, 1) == 1;
}

bool hd_child_start(HdChild *c, char *err, size_t errlen)
{
    int req[2], resp[2];
    if (!c->shared) {
        void *m = mmap(NULL, c->shared_size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS,
                       -1, 0);
        if (m == MAP_FAILED) {
            snprintf(err, errlen, "mmap: %s", strerror(errno));
            return false;
        }
        c->shared = m;
        signal(SIGPIPE, SIG_IGN);
    }
    if (pipe(req) != 0 || pipe(resp) != 0) {
        snprintf(err, errlen, "pipe: %s", strerror(errno));
        return false;
    }
    fflush(NULL);
    c->pid = fork();
    if (c->pid < 0) {
        snprintf(err, errlen, "fork: %s", strerror(errno));
        return false;
    }
    if (c->pid == 0) {
        close(req[1]);
        close(resp[0]);
        c->req_fd = req[0];
        c->resp_fd = resp[1];
        child_main(c);
    }
    close(req[0]);
    close(resp[1]);
    c->req_fd = req[1];
    c->resp_fd = resp[0];
    char b;
    if (!wait_byte(c, &b, 10000) || b != 'R') {
        const char *e = (const char *)c->shared + c->error_offset;
        snprintf(err, errlen, "native runner failed to start: %s", e[0] ? e : "no answer");
        hd_child_stop(c);
        return false;
    }
    return true;
}

void hd_child_stop(HdChild *c)
{
    if (c->pid > 0) {
        close(c->req_fd);
        close(c->resp_fd);
        kill(c->pid, SIGKILL);
        waitpid(c->pid, NULL, 0);
        c->pid = -1;
    }
}

bool hd_child_ensure(HdChild *c, char *err, size_t errlen)
{
    c->pending = false;
    return c->pid > 0 || hd_child_start(c, err, errlen);
}

void hd_child_go(HdChild *c)
{
    char b = 'x';
    c->pending = write(c->req_fd, &b, 1) == 1;
}

bool hd_child_wait(HdChild *c)
{
    char b;
    if (!c->pending || !wait_byte(c, &b, 10000)) {
        hd_child_stop(c); /* restarted on the next run */
        return false;
    }
    c->pending = false;
    return true;
}

bool hd_child_catch_faults(void (*handler)(int, siginfo_t *, void *), char *err, size_t len)
{
    static char altstack[1 << 16];
    stack_t ss = { .ss_sp = altstack, .ss_size = sizeof altstack };
    if (sigaltstack(&ss, NULL) != 0) {
        snprintf(err, len, "sigaltstack: %s", strerror(errno));
        return false;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    int sigs[] = { SIGFPE, SIGSEGV, SIGILL, SIGBUS, SIGTRAP };
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
        sigaction(sigs[i], &sa, NULL);
    return true;
}

bool hd_child_map_fixed(uint64_t base, size_t size, int prot, char *err, size_t len)
{
    void *p = mmap((void *)(uintptr_t)base, size, prot,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (p != (void *)(uintptr_t)base) {
        snprintf(err, len, "cannot map %#llx: %s", (unsigned long long)base,
                 p == MAP_FAILED ? strerror(errno) : "kernel chose another address");
        return false;
    }
    return true;
}

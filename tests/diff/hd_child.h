/* The forked-child runner the host-side halves of hostdiff and hostdiff64 share: a child
 * process that runs one request at a time out of a MAP_SHARED block, so that a sequence
 * crashing or hanging the host CPU cannot take the tester down. */
#ifndef TESTS_DIFF_HD_CHILD_H
#define TESTS_DIFF_HD_CHILD_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

typedef struct HdChild {
    size_t shared_size;
    /* In the child, once after fork; on failure it writes the reason to err. */
    bool (*init)(char *err, size_t len);
    /* In the child, once per request, on the shared block. */
    void (*run)(void *shared);
    /* Where, inside the shared block, init leaves its error text. */
    size_t error_offset, error_size;
    /* Parent-side state: initialise it with HD_CHILD_STATE. */
    void *shared;
    pid_t pid;
    int req_fd, resp_fd;
    bool pending;
} HdChild;

#define HD_CHILD_STATE .shared = NULL, .pid = -1, .req_fd = -1, .resp_fd = -1, .pending = false

/* Maps the shared block (first call) and forks the child; false with err on failure. */
bool hd_child_start(HdChild *c, char *err, size_t errlen);
void hd_child_stop(HdChild *c);
/* Starts the child if needed; the caller then fills c->shared and calls hd_child_go. */
bool hd_child_ensure(HdChild *c, char *err, size_t errlen);
void hd_child_go(HdChild *c);
/* Waits for the request hd_child_go sent; false (child stopped) if it died or hung. */
bool hd_child_wait(HdChild *c);
/* Maps size bytes at exactly base in the child (not over anything already there). */
bool hd_child_map_fixed(uint64_t base, size_t size, int prot, char *err, size_t len);
/* Installs handler for the fault signals on an alternate stack (in the child). */
bool hd_child_catch_faults(void (*handler)(int, siginfo_t *, void *), char *err, size_t len);

#endif

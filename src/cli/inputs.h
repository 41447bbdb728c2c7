/* inputs.h: what the two halves of reading the inputs share: the state
 * of the whole run while it reads (inputs.c walks the paths and gathers
 * text files; jsonl_input.c reads JSON Lines in blocks). */
#ifndef PARLEY_CLI_INPUTS_H
#define PARLEY_CLI_INPUTS_H

#include <sys/stat.h>
#include "cli/cli.h"

/* What the whole run shares while it reads. */
typedef struct cli_reader {
    cli_input_format format;
    const char *doc_date;
    const cli_byte_range *range; /* NULL: every line of a JSON Lines input */
    cli_jobs *jobs;
    cli_article *pending; /* text files gathered for one worker, not yet handed over */
    size_t pending_files;
    size_t failed;
    size_t files;   /* files read, to tell an empty directory */
    /* Directories being walked, outermost first: a symbolic link back to
     * one of them would otherwise be walked forever. */
    struct stat *open_dirs;
    size_t open_count, open_cap;
    /* Files and directories reached while walking one input, by (device,
     * inode): each is read once, however many links lead to it (two links
     * a level, 24 levels deep, would otherwise read one file 2^24 times). */
    struct seen_slot *seen;
    size_t seen_count, seen_cap;
} cli_reader;

typedef struct seen_slot {
    dev_t dev;
    ino_t ino;
    int used;
} seen_slot;

/* A free article for anything but a text file: the files gathered go
 * first, so that everything keeps its order (and, with one job, the
 * pool's one article is free). */
cli_article *cli_input_take(cli_reader *rd);

/* Submits `a` (taken from the pool before saying anything about the input,
 * so that the messages keep their place among the others) with nothing to
 * extract, counting a failure. */
void cli_input_failed(cli_reader *rd, cli_article *a);

/* Reads a JSON Lines file (or standard input; `walked`: found in a
 * directory) in blocks of whole lines, handed to the workers. */
void cli_jsonl_read(cli_reader *rd, const char *path, int walked);

#endif

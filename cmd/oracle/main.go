// Command oracle is the project's CLI. Subcommands register themselves in
// their own files (see register); this file only dispatches:
//
//	oracle <command> [<subcommand>] [flags]
//
// Commands today: eval (mislabel, qlora, sweep, speed) and grads (import).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
)

// command is one top-level subcommand. run gets the arguments after the
// command name.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

// commands is filled by register from init functions, once, before main.
var commands = map[string]command{}

func register(c command) {
	if _, dup := commands[c.name]; dup {
		panic("oracle: command registered twice: " + c.name)
	}
	commands[c.name] = c
}

// errUsage marks an error caused by bad arguments (exit code 2).
var errUsage = errors.New("usage")

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: oracle <command> [args]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'oracle <command> -h' for a command's help.")
}

// dispatch runs the command named by args[0].
func dispatch(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "oracle: unknown command %q\n\n", args[0])
		usage(stderr)
		return 2
	}
	if err := c.run(ctx, args[1:], stdout, stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		fmt.Fprintf(stderr, "oracle %s: %v\n", c.name, err)
		if errors.Is(err, errUsage) {
			return 2
		}
		return 1
	}
	return 0
}

// subcommands dispatches a command's own subcommands (e.g. "eval mislabel").
func subcommands(ctx context.Context, parent string, subs map[string]command, args []string, stdout, stderr io.Writer) error {
	names := make([]string, 0, len(subs))
	for n := range subs {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintf(stderr, "usage: oracle %s <subcommand> [flags]\n\nsubcommands:\n", parent)
		for _, n := range names {
			fmt.Fprintf(stderr, "  %-10s %s\n", n, subs[n].summary)
		}
		if len(args) == 0 {
			return fmt.Errorf("%w: missing subcommand (one of %s)", errUsage, strings.Join(names, ", "))
		}
		return flag.ErrHelp
	}
	s, ok := subs[args[0]]
	if !ok {
		return fmt.Errorf("%w: unknown subcommand %q (one of %s)", errUsage, args[0], strings.Join(names, ", "))
	}
	return s.run(ctx, args[1:], stdout, stderr)
}

// newFlags returns a flag set that reports errors instead of exiting.
func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// parseFlags parses args, turning parse errors into usage errors and
// rejecting stray positional arguments.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	return nil
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := dispatch(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

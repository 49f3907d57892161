package deploy_test

import "os"

// lookupCI reports whether the tests run in CI, where a missing tool is a failure, not a skip.
func lookupCI() (string, bool) {
	v, ok := os.LookupEnv("CI")
	return v, ok && v != "" && v != "false"
}

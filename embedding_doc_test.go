package asyncscript_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// goBlock is a ```go block of a Markdown file.
var goBlock = regexp.MustCompile("(?ms)^```go\n(.*?)^```$")

// TestEmbeddingDocSnippetsAreExamples keeps docs/embedding.md true: every ```go block but the
// whole program (which internal/embedcheck builds and runs) must be, line for line, part of
// an Example function of example_test.go, whose body is indented one tab deeper.
func TestEmbeddingDocSnippetsAreExamples(t *testing.T) {
	doc, err := os.ReadFile("docs/embedding.md")
	require.NoError(t, err)
	examples, err := os.ReadFile("example_test.go")
	require.NoError(t, err)
	bodies := strings.ReplaceAll("\n"+string(examples), "\n\t", "\n")
	blocks := goBlock.FindAllStringSubmatch(string(doc), -1)
	require.NotEmpty(t, blocks)
	for _, b := range blocks {
		if strings.HasPrefix(b[1], "package main\n") {
			continue
		}
		assert.Contains(t, bodies, "\n"+b[1], "docs/embedding.md shows a snippet that no Example of example_test.go holds")
	}
}

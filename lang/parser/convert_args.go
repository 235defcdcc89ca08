package parser

import (
	"github.com/asyncscript/asyncscript/lang/ast"
)

// callArgs converts the arguments of a call (or of a class's base list, isClass) and applies
// CPython's ordering rules. A lone generator argument spans the call's parentheses, parens.
func (c *converter) callArgs(a *argsG, parens ast.Span, isClass bool) ([]ast.Expr, []ast.Keyword) {
	var args []ast.Expr
	var kws []ast.Keyword
	seen := map[string]bool{}
	sawKeyword, sawDStar := false, false
	for _, arg := range a.Args {
		sp := c.span(arg.At)
		switch {
		case arg.Star != nil:
			if sawDStar {
				c.errorAt(sp, "iterable argument unpacking follows keyword argument unpacking")
			}
			args = append(args, &ast.Starred{Span: sp, X: c.test(arg.Star)})
		case arg.DStar != nil:
			sawDStar = true
			kws = append(kws, ast.Keyword{Span: sp, Value: c.test(arg.DStar)})
		case arg.Keyword != "":
			if seen[arg.Keyword] {
				c.compilerErrorAt(sp, "keyword argument repeated: %s", arg.Keyword)
			}
			seen[arg.Keyword] = true
			sawKeyword = true
			kws = append(kws, ast.Keyword{Span: sp, Name: arg.Keyword, Value: c.test(arg.KwValue)})
		default:
			switch {
			case sawDStar:
				c.errorAt(sp, "positional argument follows keyword argument unpacking")
			case sawKeyword:
				c.errorAt(sp, "positional argument follows keyword argument")
			}
			x := c.named(arg.Value)
			if arg.Comp != nil {
				if len(a.Args) > 1 || isClass {
					c.errorAt(sp, "Generator expression must be parenthesized")
				}
				x = &ast.GeneratorExp{Span: parens, Elt: x, Generators: c.comp(arg.Comp)}
			}
			args = append(args, x)
		}
	}
	return args, kws
}

// param is a parameter of a def or lambda, before the ordering rules are applied.
type param struct {
	kind string // "", "/", "*" or "**"
	name string // "" for `/` and a bare `*`
	ann  ast.Expr
	def  ast.Expr
	span ast.Span
	// argSpan is the Arg node's span: like CPython, its name and annotation, not its default.
	argSpan ast.Span
	eq      ast.Span // the '=' before def, where CPython reports a misplaced default
}

// defaultOf converts a parameter's default value, given the grammar node for it.
func (c *converter) defaultOf(p *param, def *testG) {
	if def == nil {
		return
	}
	p.def = c.test(def)
	eq := c.toks[def.Pos.Offset-1]
	p.eq = ast.Span{Start: eq.start, End: eq.end}
}

func (c *converter) defParams(p *paramsG, defTok int) *ast.Arguments {
	var params []param
	if p != nil {
		for _, g := range p.Params {
			pr := param{kind: g.Kind, span: c.span(g.At)}
			named := g.Plain
			if g.Kind != "" {
				named = g.Starred
			}
			if named != nil {
				pr.argSpan = c.span(named.At)
				pr.name = named.Name
				if named.Ann != nil {
					pr.ann = c.test(named.Ann)
				}
			}
			c.defaultOf(&pr, g.Default)
			params = append(params, pr)
		}
	}
	return c.arguments(params, c.toks[defTok], "function definition")
}

// arguments applies Python's parameter rules in the order CPython checks them and builds the
// Arguments node; owner names the construct in the duplicate-argument message.
func (c *converter) arguments(params []param, first token, owner string) *ast.Arguments {
	args := &ast.Arguments{}
	if len(params) > 0 {
		args.Span = ast.Span{Start: params[0].span.Start, End: params[len(params)-1].span.End}
	} else {
		args.Span = ast.Span{Start: first.end, End: first.end}
	}
	sawSlash, sawDefault := false, false
	var star *param
	seen := map[string]bool{}
	for i := range params {
		p := &params[i]
		if p.name != "" {
			if seen[p.name] {
				c.compilerErrorAt(p.span, "duplicate argument '%s' in %s", p.name, owner)
			}
			seen[p.name] = true
		}
		if args.Kwarg != nil {
			c.errorAt(p.span, "arguments cannot follow var-keyword argument")
		}
		arg := &ast.Arg{Span: p.argSpan, Name: p.name, Annotation: p.ann, Default: p.def}
		switch p.kind {
		case "/":
			switch {
			case star != nil:
				c.errorAt(p.span, "/ must be ahead of *")
			case sawSlash:
				c.errorAt(p.span, "/ may appear only once")
			case len(args.Args) == 0:
				c.errorAt(p.span, "at least one argument must precede /")
			}
			sawSlash = true
			args.PosOnly = len(args.Args)
		case "*":
			switch {
			case star != nil:
				c.errorAt(p.span, "* argument may appear only once")
			case p.def != nil:
				c.errorAt(p.eq, "var-positional argument cannot have default value")
			}
			star = p
			if p.name != "" {
				arg.Default = nil
				args.Vararg = arg
			}
		case "**":
			if p.def != nil {
				c.errorAt(p.eq, "var-keyword argument cannot have default value")
			}
			arg.Default = nil
			args.Kwarg = arg
		default:
			if star != nil {
				args.KwOnly = append(args.KwOnly, arg)
				continue
			}
			if p.def != nil {
				sawDefault = true
			} else if sawDefault {
				c.errorAt(p.span, "non-default argument follows default argument")
			}
			args.Args = append(args.Args, arg)
		}
	}
	if star != nil && star.name == "" && len(args.KwOnly) == 0 {
		c.errorAt(star.span, "named arguments must follow bare *")
	}
	return args
}

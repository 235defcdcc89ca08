package vm

import (
	"github.com/asyncscript/asyncscript/lang/bytecode"
)

// runStatus tells why a dispatch loop returned.
type runStatus int

const (
	statusReturn  runStatus = iota // the entry frame returned (or raised)
	statusYield                    // the entry frame yielded a value and can be resumed
	statusSuspend                  // a frame awaited something not ready: the chain is paused
)

// run executes frames until the entry frame returns, raises or yields, starting at start:
// the entry frame itself, or the innermost frame of a paused chain of awaiting coroutines.
// The entry frame is the one without a parent: the hot paths test that rather than keep
// entry in a register, which measurably helps the Go compiler's register allocation.
// Calls between bytecode functions, and awaits of coroutines, switch frames inside run,
// without a nested Go call. When a frame awaits something not ready, run returns
// statusSuspend with the chain intact: th.suspended is its innermost frame and th.awaiting
// what it waits for.
func (th *Thread) run(entry, start *Frame) (result Value, status runStatus, err error) {
	// Few variables live across iterations, so the Go compiler keeps them in registers:
	// code is reached through fr, and an error never outlives its iteration.
	// The callers (runFrame, Generator.Resume) clear entry.back once the loop returns:
	// clearing it in the deferred function costs the loop itself a few instructions per
	// resumption of a coroutine.
	outer := th.frame
	entry.back = outer
	defer func() { th.frame = outer }()
	// The loop over instructions runs inside a loop over frames: the running frame, its
	// instructions and its slots change only between frames, so within the inner loop they
	// are not loop-carried and the Go compiler need not save them on every iteration. An
	// instruction that switches frames leaves the next frame's sp and pc in it, and the
	// exception it raised, if any, in raised.
	next := start
	var raised error
frames:
	for {
		if raised != nil {
			handler, exc, handled := th.unwind(entry, next, next.sp, next.pc, raised)
			if !handled {
				return nil, statusReturn, exc
			}
			next, raised = handler, nil
		}
		fr, instrs, stack, sp, pc := th.switchTo(next)
	dispatch:
		for {
			var err error
			ins := instrs[pc]
			op := bytecode.Opcode(ins & 0xff)
			arg := int(ins >> 8)
			pc++
			switch op {
			case bytecode.NOP:
			case bytecode.POP_TOP:
				sp--
			case bytecode.COPY:
				stack[sp] = stack[sp-arg]
				sp++
			case bytecode.SWAP:
				stack[sp-1], stack[sp-arg] = stack[sp-arg], stack[sp-1]
			case bytecode.LOAD_CONST:
				stack[sp] = fr.code.Consts[arg]
				sp++
			case bytecode.LOAD_FAST:
				v := stack[arg]
				if v == nil {
					err = unboundLocal(fr.code.Varnames[arg])
					break
				}
				stack[sp] = v
				sp++
			case opLoadFastLoadFast:
				var ok bool
				if sp, ok = loadLocal(stack, sp, arg); !ok {
					err = unboundLocal(fr.code.Varnames[arg])
					break
				}
				arg, pc = secondArg(instrs, pc)
				if sp, ok = loadLocal(stack, sp, arg); !ok {
					err = unboundLocal(fr.code.Varnames[arg])
				}
			case opLoadFastLoadConst:
				var ok bool
				if sp, ok = loadLocal(stack, sp, arg); !ok {
					err = unboundLocal(fr.code.Varnames[arg])
					break
				}
				arg, pc = secondArg(instrs, pc)
				stack[sp] = fr.code.Consts[arg]
				sp++
			case bytecode.STORE_FAST:
				sp--
				stack[arg] = stack[sp]
			case opStoreFastLoadFast:
				sp--
				stack[arg] = stack[sp]
				arg, pc = secondArg(instrs, pc)
				var ok bool
				if sp, ok = loadLocal(stack, sp, arg); !ok {
					err = unboundLocal(fr.code.Varnames[arg])
				}
			case bytecode.DELETE_FAST:
				if stack[arg] == nil {
					err = unboundLocal(fr.code.Varnames[arg])
					break
				}
				stack[arg] = nil
			case bytecode.LOAD_DEREF:
				v := fr.cells[arg].Value
				if v == nil {
					err = unboundCell(fr.code, arg)
					break
				}
				stack[sp] = v
				sp++
			case bytecode.STORE_DEREF:
				sp--
				fr.cells[arg].Value = stack[sp]
			case bytecode.DELETE_DEREF:
				if fr.cells[arg].Value == nil {
					err = unboundCell(fr.code, arg)
					break
				}
				fr.cells[arg].Value = nil
			case bytecode.LOAD_CLOSURE:
				stack[sp] = fr.cells[arg]
				sp++
			case bytecode.LOAD_GLOBAL:
				slot := fr.code.globalSlots[arg]
				if slot == nil {
					slot = fr.globals.slot(fr.code.Names[arg])
					fr.code.globalSlots[arg] = slot
				}
				v := slot.Value
				if v == nil {
					v, err = th.missingGlobal(fr, arg)
					if err != nil {
						break
					}
				}
				stack[sp] = v
				sp++
			case bytecode.STORE_GLOBAL:
				sp--
				slot := fr.code.globalSlots[arg]
				if slot == nil {
					slot = fr.globals.slot(fr.code.Names[arg])
					fr.code.globalSlots[arg] = slot
				}
				slot.Value = stack[sp]
				fr.globals.version++
			case bytecode.DELETE_GLOBAL:
				s := fr.globals.slot(fr.code.Names[arg])
				if s.Value == nil {
					err = Errorf(NameError, "name '%s' is not defined", fr.code.Names[arg])
					break
				}
				s.Value = nil
				fr.globals.version++
			case bytecode.LOAD_NAME:
				var v Value
				v, err = th.loadName(fr, fr.code.Names[arg])
				if err == nil {
					stack[sp] = v
					sp++
				}
			case bytecode.STORE_NAME:
				sp--
				if fr.ns != nil {
					fr.ns.SetStr(fr.code.Names[arg], stack[sp])
				} else {
					fr.globals.Set(fr.code.Names[arg], stack[sp])
				}
			case bytecode.DELETE_NAME:
				err = th.deleteName(fr, fr.code.Names[arg])
			case opLoadFastLoadAttr:
				var ok bool
				if sp, ok = loadLocal(stack, sp, arg); !ok {
					err = unboundLocal(fr.code.Varnames[arg])
					break
				}
				arg, pc = secondArg(instrs, pc)
				fallthrough
			case bytecode.LOAD_ATTR:
				if o, ok := stack[sp-1].(*Instance); ok {
					if v := fr.code.loadOwnFast(o, pc-1); v != nil {
						stack[sp-1] = v
						continue
					}
				}
				if m, ok := stack[sp-1].(*Module); ok {
					if v := fr.code.moduleAttr(m, arg); v != nil {
						stack[sp-1] = v
						continue
					}
				}
				if k, ok := stack[sp-1].(*Class); ok {
					if v := fr.code.classAttr(k, pc-1, arg); v != nil {
						stack[sp-1] = v
						continue
					}
				}
				if o, ok := stack[sp-1].(*Instance); ok {
					w := fr.code.attrWay(o.Class, false, pc-1, arg)
					if get := w.getter(); get != nil {
						// A property whose getter is a Python function: run it as a frame of
						// this loop; its result replaces the instance on the stack.
						if nf := th.plainFrame(get, stack[sp-1:sp]); nf != nil {
							next = th.callInto(fr, sp-1, pc, nf)
							continue frames
						}
					}
					var v Value
					if v, ok, err = w.instanceAttr(th, o, fr.code.Names[arg]); ok {
						stack[sp-1] = v
						break
					}
				}
				stack[sp-1], err = GetAttr(th, stack[sp-1], fr.code.Names[arg])
			case opLoadFastStoreAttr:
				var ok bool
				if sp, ok = loadLocal(stack, sp, arg); !ok {
					err = unboundLocal(fr.code.Varnames[arg])
					break
				}
				arg, pc = secondArg(instrs, pc)
				fallthrough
			case bytecode.STORE_ATTR:
				if o, ok := stack[sp-1].(*Instance); ok && (fr.code.storeOwnFast(o, pc-1, stack[sp-2]) ||
					fr.code.attrWay(o.Class, false, pc-1, arg).setInstanceAttr(o, fr.code.Names[arg], stack[sp-2])) {
					sp -= 2
					continue
				}
				err = SetAttr(th, stack[sp-1], fr.code.Names[arg], stack[sp-2])
				sp -= 2
			case bytecode.DELETE_ATTR:
				sp--
				err = DelAttr(th, stack[sp], fr.code.Names[arg])
			case opLoadFastLoadMethod:
				var ok bool
				if sp, ok = loadLocal(stack, sp, arg); !ok {
					err = unboundLocal(fr.code.Varnames[arg])
					break
				}
				arg, pc = secondArg(instrs, pc)
				fallthrough
			case bytecode.LOAD_METHOD:
				if o, ok := stack[sp-1].(*Instance); ok {
					if f := fr.code.methodFast(o, pc-1); f != nil {
						stack[sp] = o
						stack[sp-1] = f
						sp++
						continue
					}
				}
				if m, ok := stack[sp-1].(*Module); ok {
					// module.function(...): no receiver, and the name's slot is cached.
					if v := fr.code.moduleAttr(m, arg); v != nil {
						stack[sp-1], stack[sp] = v, nil
						sp++
						continue
					}
				}
				if k, ok := stack[sp-1].(*Class); ok {
					// Base.method(self, ...): the function, with no receiver.
					if v := fr.code.classAttr(k, pc-1, arg); v != nil {
						stack[sp-1], stack[sp] = v, nil
						sp++
						continue
					}
				}
				if o, ok := stack[sp-1].(*Instance); ok {
					if fn, self, ok := fr.code.attrWay(o.Class, false, pc-1, arg).instanceMethod(o, fr.code.Names[arg]); ok {
						stack[sp-1], stack[sp] = fn, self
						sp++
						continue
					}
				}
				if fn := fr.code.builtinMethod(stack[sp-1], arg); fn != nil {
					stack[sp] = stack[sp-1] // the receiver
					stack[sp-1] = fn
					sp++
					continue
				}
				stack[sp-1], stack[sp], err = loadMethod(th, stack[sp-1], fr.code.Names[arg])
				sp++
			case bytecode.LOAD_ASSERTION:
				stack[sp] = AssertionError
				sp++

			case bytecode.UNARY_NEGATIVE, bytecode.UNARY_POSITIVE, bytecode.UNARY_INVERT:
				stack[sp-1], err = unaryOp(th, op, stack[sp-1])
			case bytecode.UNARY_NOT:
				var t bool
				t, err = Truth(th, stack[sp-1])
				stack[sp-1] = Bool(!t)
			case opLoadFastLoadConstBinaryOp:
				var ok bool
				if sp, ok = loadLocal(stack, sp, arg); !ok {
					err = unboundLocal(fr.code.Varnames[arg])
					break
				}
				arg, pc = secondArg(instrs, pc)
				fallthrough
			case opLoadConstBinaryOp:
				stack[sp] = fr.code.Consts[arg]
				sp++
				arg, pc = secondArg(instrs, pc)
				fallthrough
			case bytecode.BINARY_OP:
				x, y := stack[sp-2], stack[sp-1]
				sp--
				if a, ok := x.(Int); ok {
					if b, ok := y.(Int); ok {
						switch bytecode.BinaryOp(arg) {
						case bytecode.OpAdd, bytecode.OpAdd + bytecode.InplaceOffset:
							if s := a + b; (s > a) == (b > 0) {
								stack[sp-1] = th.boxInt(int64(s))
								continue
							}
						case bytecode.OpSub, bytecode.OpSub + bytecode.InplaceOffset:
							if s := a - b; (s < a) == (b > 0) {
								stack[sp-1] = th.boxInt(int64(s))
								continue
							}
						default:
							if r, ok := th.smallIntOp(bytecode.BinaryOp(arg), a, b); ok {
								stack[sp-1] = r
								continue
							}
						}
					}
				}
				if r, ok := th.floatOp(bytecode.BinaryOp(arg), x, y); ok {
					stack[sp-1] = r
					continue
				}
				var done bool
				if stack[sp-1], done, err = th.strOp(bytecode.BinaryOp(arg), x, y); !done {
					stack[sp-1], err = BinaryOp(th, int(arg), x, y)
				}
			case opLoadFastLoadConstCompareOp:
				var ok bool
				if sp, ok = loadLocal(stack, sp, arg); !ok {
					err = unboundLocal(fr.code.Varnames[arg])
					break
				}
				arg, pc = secondArg(instrs, pc)
				fallthrough
			case opLoadConstCompareOp:
				stack[sp] = fr.code.Consts[arg]
				sp++
				arg, pc = secondArg(instrs, pc)
				fallthrough
			case bytecode.COMPARE_OP:
				x, y := stack[sp-2], stack[sp-1]
				sp--
				if a, isInt := x.(Int); isInt {
					if b, isInt := y.(Int); isInt {
						// The int case ends here, apart from the str one: fib's n < 2 is the
						// hottest comparison.
						sp, pc = compared(instrs, stack, sp, pc, compareOrdered(bytecode.CompareOp(arg), a, b))
						continue
					}
				} else if a, isStr := x.(Str); isStr {
					if b, isStr := y.(Str); isStr {
						sp, pc = compared(instrs, stack, sp, pc, compareOrdered(bytecode.CompareOp(arg), a, b))
						continue
					}
				} else if a, isFloat := x.(Float); isFloat {
					if b, isFloat := y.(Float); isFloat {
						sp, pc = compared(instrs, stack, sp, pc, compareOrdered(bytecode.CompareOp(arg), a, b))
						continue
					}
				} else if a, isTuple := x.(Tuple); isTuple {
					if b, isTuple := y.(Tuple); isTuple {
						// (name, n) < (other.name, other.n): items of ints and strs compare here.
						if c, ok := cmpTupleScalars(a, b); ok {
							sp, pc = compared(instrs, stack, sp, pc, cmpResult(bytecode.CompareOp(arg), c))
							continue
						}
					}
				}
				stack[sp-1], err = Compare(th, bytecode.CompareOp(arg), x, y)
			case bytecode.IS_OP:
				sp--
				stack[sp-1] = Bool(Is(stack[sp-1], stack[sp]) != (arg == 1))
			case bytecode.CONTAINS_OP:
				sp--
				var in bool
				in, err = Contains(th, stack[sp], stack[sp-1])
				stack[sp-1] = Bool(in != (arg == 1))
			case bytecode.BINARY_SUBSCR:
				sp--
				if l, ok := stack[sp-1].(*List); ok {
					if i, ok := stack[sp].(Int); ok && i >= 0 && int(i) < l.Len() {
						stack[sp-1] = l.at(th, int(i))
						continue
					}
				}
				stack[sp-1], err = GetItem(th, stack[sp-1], stack[sp])
			case bytecode.STORE_SUBSCR:
				sp -= 3
				err = SetItem(th, stack[sp+1], stack[sp+2], stack[sp])
			case bytecode.DELETE_SUBSCR:
				sp -= 2
				err = DelItem(th, stack[sp], stack[sp+1])
			case bytecode.BUILD_SLICE:
				if arg == 2 && bytecode.Opcode(instrs[pc]&0xff) == bytecode.BINARY_SUBSCR {
					// x[lo:hi] of a str, list or tuple: the subscript now, without the
					// slice object, garbage at once.
					if r, ok, e := plainSlice(stack[sp-3], stack[sp-2], stack[sp-1]); ok {
						pc++
						sp -= 2
						stack[sp-1], err = r, e
						break
					}
				}
				s := &Slice{Lower: stack[sp-arg], Upper: stack[sp-arg+1], Step: None}
				if arg == 3 {
					s.Step = stack[sp-1]
				}
				sp -= arg
				stack[sp] = s
				sp++

			case bytecode.POP_JUMP_IF_FALSE, bytecode.POP_JUMP_IF_TRUE:
				sp--
				v := stack[sp]
				var t bool
				if b, ok := v.(Bool); ok {
					t = bool(b)
				} else if t, err = Truth(th, v); err != nil {
					break
				}
				if t == (op == bytecode.POP_JUMP_IF_TRUE) {
					pc = arg
				}
			case bytecode.JUMP_IF_FALSE_OR_POP, bytecode.JUMP_IF_TRUE_OR_POP:
				var t bool
				if t, err = Truth(th, stack[sp-1]); err != nil {
					break
				}
				if t == (op == bytecode.JUMP_IF_TRUE_OR_POP) {
					pc = arg
				} else {
					sp--
				}
			case bytecode.GET_ITER:
				v := stack[sp-1]
				if stack[sp-1], err = Iter(th, v); arg != 0 && err == nil {
					ownIter(v, stack[sp-1], "__iter__")
				}
			case bytecode.POP_ITER:
				sp--
				if g, ok := stack[sp].(*Generator); ok && g.owned {
					fr.sp, fr.pc = sp, pc
					th.dropOwned(g, fr, pc-1)
				}
			case bytecode.JUMP:
				if arg < pc {
					// Every loop passes a backward jump: the place to notice interrupts and limits.
					if err = th.interp.poll(th); err != nil {
						break
					}
				}
				pc = arg
				// The jump back to the top of a for loop lands on its FOR_ITER, which runs
				// here, without a trip round the loop, as a superinstruction would.
				if bytecode.Opcode(instrs[pc]&0xff) != bytecode.FOR_ITER {
					break
				}
				arg, pc = secondArg(instrs, pc)
				fallthrough
			case bytecode.FOR_ITER:
				var v Value
				switch it := stack[sp-1].(type) {
				case *rangeIter:
					if it.left > 0 {
						v = th.boxInt(it.next)
						it.next += it.step
						it.left--
					}
				case *seqIter:
					v, _ = it.Next(th)
				case *Generator:
					// A generator runs as a callee of this loop: its yield pushes the next
					// value here, and its return jumps to this loop's exit (RETURN_VALUE).
					if gf := th.resumeInLoop(it); gf != nil {
						next = th.callInto(fr, sp, pc, gf)
						continue frames
					}
					fr.sp, fr.pc = sp, pc
					v, err = it.Next(th)
				default:
					fr.sp, fr.pc = sp, pc
					var n int
					if v, n, err = forNext(th, it, stack[sp:], instrs[pc]); n > 0 {
						sp += n // the item's values, unpacked already: skip the UNPACK_SEQUENCE
						pc++
						continue
					}
				}
				if err != nil {
					break
				}
				if v == nil {
					sp--
					pc = arg
					continue
				}
				if next := instrs[pc]; storesLocal(bytecode.Opcode(next & 0xff)) {
					// `for name in ...`: the item goes straight to its variable.
					stack[next>>8] = v
					pc++
					continue
				}
				stack[sp] = v
				sp++
			case bytecode.RETURN_VALUE:
				sp--
				result := stack[sp]
				if fr.parent == nil { // the entry frame: this loop returns
					fr.sp, fr.pc = sp, pc
					return result, statusReturn, nil
				}
				parent := fr.parent
				th.depth--
				gen, initObj := fr.gen, fr.initObj
				if gen == nil && initObj == nil {
					// A plain function's frame: the commonest return, tested once.
					th.releaseFrame(fr)
					parent.slots[parent.sp] = result
					parent.sp++
					next = parent
					continue frames
				}
				fr.pc = pc // a finished generator's kept frame (gi_frame) shows its last line
				th.releaseFrame(fr)
				next = parent
				if gen != nil {
					var exhausted bool
					if result, exhausted, raised = th.genReturned(gen, result); exhausted {
						// The generator a for loop resumed is exhausted: the loop ends.
						parent.sp--
						parent.pc = forIterExit(parent.code.Instrs, parent.pc)
						raised = nil
						continue frames
					}
					if raised != nil {
						continue frames
					}
				}
				if initObj != nil {
					if result, raised = initResult(initObj, result); raised != nil {
						continue frames
					}
				}
				parent.slots[parent.sp] = result
				parent.sp++
				continue frames

			case bytecode.BUILD_TUPLE:
				t := make(Tuple, arg)
				copy(t, stack[sp-arg:sp])
				sp -= arg
				stack[sp] = t
				sp++
			case bytecode.BUILD_LIST:
				items := make([]Value, arg)
				copy(items, stack[sp-arg:sp])
				sp -= arg
				stack[sp] = NewList(items)
				sp++
			case bytecode.BUILD_SET:
				s := NewSet()
				for _, v := range stack[sp-arg : sp] {
					if err = s.Add(th, v); err != nil {
						break
					}
				}
				sp -= arg
				stack[sp] = s
				sp++
			case bytecode.BUILD_MAP:
				d := NewDictSize(arg)
				for i := sp - 2*arg; i < sp && err == nil; i += 2 {
					err = d.Set(th, stack[i], stack[i+1])
				}
				sp -= 2 * arg
				stack[sp] = d
				sp++
			case bytecode.PRINT_EXPR:
				sp--
				if hook := th.interp.DisplayHook; hook != nil {
					fr.sp, fr.pc = sp, pc
					err = hook(th, stack[sp])
				}
			case bytecode.BUILD_FSTRING:
				sp--
				parts := stack[sp].(Tuple)
				stack[sp-arg], err = buildFString(th, parts, stack[sp-arg:sp])
				sp -= arg - 1
			case bytecode.BUILD_STRING:
				stack[sp-arg] = concatStrings(stack[sp-arg : sp])
				sp -= arg - 1
			case bytecode.LIST_APPEND:
				sp--
				stack[sp-arg].(*List).Append(stack[sp])
			case bytecode.SET_ADD:
				sp--
				err = stack[sp-arg].(*Set).Add(th, stack[sp])
			case bytecode.MAP_ADD:
				sp -= 2
				err = stack[sp-arg].(*Dict).Set(th, stack[sp], stack[sp+1])
			case bytecode.LIST_EXTEND:
				sp--
				if err = listExtend(th, stack[sp-arg].(*List), stack[sp]); err != nil {
					if _, iterErr := Iter(th, stack[sp]); iterErr != nil {
						err = Errorf(TypeError, "Value after * must be an iterable, not %s", TypeName(stack[sp]))
					}
				}
			case bytecode.SET_UPDATE:
				sp--
				err = setUpdate(th, stack[sp-arg].(*Set), stack[sp])
			case bytecode.DICT_UPDATE, bytecode.DICT_MERGE:
				sp--
				var callee Value // for DICT_MERGE's error message: the function being called
				if op == bytecode.DICT_MERGE {
					callee = stack[sp-arg-2]
				}
				err = dictUpdate(th, stack[sp-arg].(*Dict), stack[sp], op == bytecode.DICT_MERGE, callee)
			case bytecode.LIST_TO_TUPLE:
				stack[sp-1] = Tuple(stack[sp-1].(*List).Items())
			case bytecode.UNPACK_SEQUENCE:
				sp--
				err = unpackSequence(th, stack[sp], stack[sp:sp+arg])
				sp += arg
			case bytecode.UNPACK_EX:
				sp--
				n := arg&0xff + 1 + arg>>8
				err = unpackEx(th, stack[sp], arg&0xff, arg>>8, stack[sp:sp+n])
				sp += n
			case bytecode.FORMAT_VALUE:
				var spec Value = Str("")
				if arg&bytecode.FormatHasSpec != 0 {
					sp--
					spec = stack[sp]
				}
				stack[sp-1], err = formatValue(th, stack[sp-1], arg&bytecode.FormatConvMask, spec)
			case bytecode.MAKE_FUNCTION:
				sp--
				code := stack[sp].(*Code)
				if arg == 0 && code.comprehension {
					stack[sp] = code.comprehensionFunc(fr.globals)
					sp++
					continue
				}
				var f *Function
				f, sp = makeFunction(code, fr.globals, stack, sp, arg)
				stack[sp] = f
				sp++
			case bytecode.BUILD_CLASS:
				fr.sp, fr.pc = sp, pc
				var cls Value
				sp, cls, err = th.buildClassOp(stack, sp, arg)
				stack[sp] = cls
				sp++

			case bytecode.CALL, bytecode.CALL_METHOD, bytecode.CALL_KW:
				var kwnames Tuple
				if op == bytecode.CALL_KW {
					sp--
					kwnames = stack[sp].(Tuple)
				}
				fnSlot := sp - arg - 1
				// resSlot is where the result goes: the callable's slot, or the one under it.
				resSlot := fnSlot
				if op == bytecode.CALL_METHOD {
					resSlot--
					if stack[fnSlot] == nil {
						// No self: the function moves up into self's slot, right under the
						// arguments, rather than the arguments down to close the gap.
						stack[fnSlot] = stack[resSlot]
					} else {
						fnSlot = resSlot
					}
				}
				callee := stack[fnSlot]
				args := stack[fnSlot+1 : sp]
				if f, ok := callee.(*Function); ok && kwnames == nil && len(args) == f.Code.ArgCount && f.Code.plainArgs &&
					th.depth < th.interp.MaxDepth && th.interp.MaxSteps == 0 {
					// The commonest call, every parameter given by position: written out here
					// with no call, so that nothing the loop keeps in registers is spilled.
					c := f.Code
					if nf := th.pooledFrame(c); nf != nil {
						slots := nf.slots[:c.nlocals]
						for i := range slots {
							if i < len(args) {
								slots[i] = args[i]
							} else {
								slots[i] = nil
							}
						}
						nf.code, nf.fn, nf.globals, nf.sp, nf.pc, nf.cells, nf.parent = c, f, f.Globals, c.nlocals, 0, f.Closure, fr
						th.depth++
						fr.sp, fr.pc = resSlot, pc
						next = nf
						continue frames
					}
				}
				fr.sp, fr.pc = sp, pc
				var r Value
				var done bool
				if b, ok := callee.(*Builtin); ok && b.Self == nil && kwnames == nil && b.fold == nil {
					if f := b.bound; f != nil && len(args) == f.exact {
						// A built-in function whose binding would pass the arguments on as
						// they are (abs(x), isinstance(x, t)): its Go function takes them.
						r, err = f.fn(th, args, nil)
						done = true
					} else if b.direct == nil {
						// A built-in function (asyncio.sleep, len): its Go function takes the
						// arguments where they lie, as callValue would hand them.
						r, err = b.Fn(th, args, nil)
						done = true
					} else {
						// A built-in method (fut.set_result, list.append).
						r, done, err = th.callDirect(b, args)
					}
				}
				if !done {
					var nf *Frame
					if nf, r, err = th.callOther(fr, stack[fnSlot:sp], resSlot, kwnames); nf != nil {
						next = th.callInto(fr, resSlot, pc, nf)
						continue frames
					}
				}
				sp = resSlot
				stack[sp] = r
				sp++
			case bytecode.CALL_EX:
				fr.sp, fr.pc = sp, pc
				sp -= 3
				var args []Value
				var kwnames Tuple
				if args, kwnames, err = th.exArgs(stack[sp], stack[sp+1], stack[sp+2]); err != nil {
					break
				}
				if f, ok := stack[sp].(*Function); ok && f.Code.Flags&generatorFlags == 0 {
					// f(*args, **kwargs) of a bytecode function (a decorator's wrapper passing
					// its arguments on) runs in this loop, as CALL does.
					var nf *Frame
					if nf, err = th.enterFunction(f, args, kwnames); err != nil {
						break
					}
					next = th.callInto(fr, sp, pc, nf)
					continue frames
				}
				var r Value
				r, err = th.callValue(stack[sp], args, kwnames)
				stack[sp] = r
				sp++

			case bytecode.RAISE_VARARGS:
				sp -= arg
				err, th.reraising = th.raise(stack[sp : sp+arg])
			case bytecode.PUSH_EXC_INFO:
				exc := stack[sp-1]
				if th.handled == nil {
					stack[sp-1] = None
				} else {
					stack[sp-1] = th.handled
				}
				stack[sp] = exc
				sp++
				th.handled = exc.(*Exception)
			case bytecode.POP_EXCEPT:
				sp--
				th.handled, _ = stack[sp].(*Exception)
			case bytecode.CHECK_EXC_MATCH:
				sp--
				var m bool
				m, err = exceptionMatch(stack[sp-1].(*Exception), stack[sp])
				stack[sp] = Bool(m)
				sp++
			case bytecode.CHECK_EG_MATCH:
				stack[sp-2], stack[sp-1], err = splitExceptionGroup(th, stack[sp-2], stack[sp-1])
			case bytecode.RERAISE:
				sp--
				err, th.reraising = stack[sp].(*Exception), true
			case bytecode.PREP_RERAISE_STAR:
				sp--
				stack[sp-1] = prepReraiseStar(stack[sp-1].(*Exception), stack[sp].(*List))
			case bytecode.BEFORE_ASYNC_WITH:
				fr.sp, fr.pc = sp, pc
				stack[sp-1], stack[sp], err = th.beforeAsyncWith(stack[sp-1])
				sp++
			case bytecode.GET_AITER:
				v := stack[sp-1]
				if stack[sp-1], err = getAIter(th, v); arg != 0 && err == nil {
					ownIter(v, stack[sp-1], "__aiter__")
				}
			case bytecode.GET_ANEXT:
				stack[sp], err = getANext(th, stack[sp-1])
				sp++
			case bytecode.END_ASYNC_FOR:
				sp -= 2
				if exc := stack[sp+1].(*Exception); !exc.Class.IsSubclass(StopAsyncIteration) {
					err, th.reraising = exc, true
				}
			case bytecode.BEFORE_WITH:
				fr.sp, fr.pc = sp, pc
				stack[sp-1], stack[sp], err = th.beforeWith(stack[sp-1])
				sp++
			case bytecode.WITH_EXCEPT_START:
				fr.sp, fr.pc = sp, pc
				exc := stack[sp-1].(*Exception)
				stack[sp], err = th.Call(stack[sp-3], []Value{exc.Class, exc, tracebackOf(exc)}, nil)
				sp++

			case bytecode.IMPORT_NAME, bytecode.IMPORT_MODULE:
				var m *Module
				m, err = th.interp.importName(fr.globals, fr.code.Names[arg], op == bytecode.IMPORT_MODULE)
				stack[sp] = m
				sp++
			case bytecode.IMPORT_FROM:
				stack[sp], err = importFrom(th, stack[sp-1], fr.code.Names[arg])
				sp++
			case bytecode.IMPORT_STAR:
				sp--
				err = importStar(th, fr, stack[sp].(*Module))

			case bytecode.MATCH_PATTERN:
				n, k := bytecode.MatchCounts(arg)
				base := sp - n - 2
				err = matchPattern(th, stack[base:], n, k)
				sp = base + k + 1

			case bytecode.YIELD_VALUE:
				sp--
				fr.sp, fr.pc = sp, pc
				if fr.parent != nil && fr.gen.fold != nil {
					next, raised = th.foldYield(fr, stack[sp])
					continue frames
				}
				if fr.parent != nil {
					// A generator yields to the for loop resuming it, or an async generator to
					// the `async for` awaiting its __anext__: the value becomes the FOR_ITER's
					// (or the await's) result and the generator stays paused.
					v := stack[sp]
					fr.gen.running = false
					if fr.gen.closing {
						fr.gen.closing = false
						v, err = nil, Errorf(RuntimeError, "async generator ignored GeneratorExit")
					}
					parent := fr.parent
					fr.parent = nil
					th.depth--
					if err == nil {
						parent.slots[parent.sp] = v
						parent.sp++
					}
					next, raised = parent, err
					continue frames
				}
				return stack[sp], statusYield, nil
			case bytecode.GET_AWAITABLE:
				stack[sp-1], err = getAwaitable(th, stack[sp-1], arg)
			case bytecode.AWAIT:
				sp--
				aw := stack[sp]
				// Awaiting a coroutine (or a step of an async generator) runs it in this loop, as
				// a callee: its frame is linked under this one and its result comes back like a
				// call's.
				var sub *Frame
				switch aw := aw.(type) {
				case *Generator:
					sub, err = th.enterCoroutine(aw)
				case *asyncGenStep:
					sub, err = aw.enter(th)
				case *awaitIter:
					// `yield from` the iterator of an __await__ method: a yield suspends the
					// chain with this AWAIT to run again, and aw back as its operand.
					var v Value
					var done bool
					if v, done, err = aw.step(th); err != nil {
						break
					}
					if done {
						stack[sp] = v
						sp++
						continue
					}
					fr.sp, fr.pc = sp, pc-1
					th.suspended, th.awaiting = fr, aw
					return nil, statusSuspend, nil
				}
				if err != nil {
					break
				}
				if sub != nil {
					next = th.callInto(fr, sp, pc, sub)
					continue frames
				}
				var v, wait Value
				var ready bool
				if v, ready, wait, err = aw.(Awaitable).Await(th); err != nil {
					break
				}
				if ready {
					stack[sp] = v
					sp++
					continue
				}
				fr.sp, fr.pc = sp, pc
				th.suspended, th.awaiting = fr, wait
				return nil, statusSuspend, nil
			case bytecode.GET_YIELD_FROM:
				stack[sp-1], err = yieldFromIter(th, fr, stack[sp-1])
			case bytecode.YIELD_FROM:
				fr.sp, fr.pc = sp, pc
				var v Value
				var done bool
				v, done, err = resumeIter(th, stack[sp-2], stack[sp-1], nil)
				if err != nil {
					break
				}
				if done {
					sp--
					stack[sp-1] = v
					pc = arg
					continue
				}
				stack[sp-1] = v

			default:
				err = Errorf(SystemError, "unsupported opcode %s", op)
			}
			if err == nil {
				continue dispatch
			}
			// An exception: the frames loop finds a handler in this frame or in its callers.
			fr.sp, fr.pc = sp, pc
			next, raised = fr, err
			continue frames
		}
	}
}

// compared finishes a comparison made in the dispatch loop, whose result is r, and returns
// the new stack pointer and pc. Most comparisons feed a conditional jump: when
// POP_JUMP_IF_FALSE is next, it is taken here, saving a dispatch, and r is never pushed.
func compared(instrs []uint32, stack []Value, sp, pc int, r bool) (int, int) {
	next := instrs[pc]
	if bytecode.Opcode(next&0xff) != bytecode.POP_JUMP_IF_FALSE {
		stack[sp-1] = Bool(r)
		return sp, pc
	}
	if r {
		return sp - 1, pc + 1
	}
	return sp - 1, int(next >> 8)
}

// switchTo makes f the running frame and returns it with what the dispatch loop keeps in
// registers: its instructions, its slots (locals, then the value stack), and its saved stack
// pointer and pc. It must stay small enough to inline: run calls it on every call and return.
func (th *Thread) switchTo(f *Frame) (*Frame, []uint32, []Value, int, int) {
	th.frame = f
	return f, f.code.run, f.slots, f.sp, f.pc
}

// plainFrame is a fresh frame for calling f with args, its positional parameters with
// trailing ones left to their defaults, ready for callInto; nil when the call must go
// through enterFunction or callValue instead (too few or too many arguments, *args,
// **kwargs, cells, a generator, the recursion or step limit).
func (th *Thread) plainFrame(f *Function, args []Value) *Frame {
	c := f.Code
	missing := c.ArgCount - len(args)
	if !c.plainArgs || missing < 0 || missing > len(f.Defaults) || th.depth >= th.interp.MaxDepth || th.interp.MaxSteps != 0 {
		return nil
	}
	nf := th.allocFrame(c)
	// A loop rather than copy and clear: frames have few slots, and the calls to memmove
	// and memclr would cost more than the stores.
	firstDefault := c.ArgCount - len(f.Defaults) // the parameter Defaults[0] is for
	for i := range nf.slots[:c.nlocals] {
		var v Value
		if i < len(args) {
			v = args[i]
		} else if i < c.ArgCount {
			v = f.Defaults[i-firstDefault]
		}
		nf.slots[i] = v
	}
	nf.code, nf.fn, nf.globals, nf.sp, nf.pc = c, f, f.Globals, c.nlocals, 0
	nf.cells = f.Closure
	th.depth++
	return nf
}

// callInto saves the running frame fr's stack pointer and pc, links callee under it and
// returns callee, the frame for run to switch to; the callee's result comes back to fr as a
// call's does.
func (th *Thread) callInto(fr *Frame, sp, pc int, callee *Frame) *Frame {
	fr.sp, fr.pc = sp, pc
	callee.parent = fr
	return callee
}

// unwind handles an exception raised by the instruction before pc in frame fr: it finds the
// handler in fr or in its callers up to entry, adding a traceback entry for each frame it
// passes. It returns the frame to continue in, with sp and pc set to the handler, or reports
// that no handler was found below entry; with the exception, which a generator's frame it
// leaves may have replaced (see escapedStop).
func (th *Thread) unwind(entry, fr *Frame, sp, pc int, err error) (*Frame, *Exception, bool) {
	exc := AsException(err)
	reraise := th.reraising
	th.reraising = false
	if !reraise {
		th.setContext(exc)
	}
	newEntry := !reraise
	faultPC := pc - 1
	for {
		code := fr.code
		if newEntry {
			exc.Traceback = append(exc.Traceback, TraceEntry{Code: code, PC: faultPC})
		}
		newEntry = true
		if h, ok := code.HandlerFor(faultPC); ok && th.interp.aborted.Load() == nil {
			th.dropStack(fr, code.nlocals+h.Depth, sp, exc, faultPC)
			fr.sp = code.nlocals + h.Depth
			fr.slots[fr.sp] = exc
			fr.sp++
			fr.pc = h.Target
			return fr, exc, true
		}
		th.dropStack(fr, code.nlocals, sp, exc, faultPC)
		if fr == entry {
			fr.sp, fr.pc = sp, pc
			return fr, exc, false
		}
		parent := fr.parent
		th.depth--
		if fr.gen != nil {
			closed := closedByAclose(fr.gen, exc)
			fr.gen.finish() // an awaited coroutine raised: the exception goes to the awaiter
			if closed {
				// aclose() is done: its await's result is None.
				th.releaseFrame(fr)
				th.frame = parent
				parent.slots[parent.sp] = None
				parent.sp++
				return parent, exc, true
			}
			exc = escapedStop(fr.gen, exc)
		}
		th.releaseFrame(fr)
		fr = parent
		th.frame = fr
		sp, faultPC = fr.sp, fr.pc-1
	}
}

// generatorFlags are the code flags that make calling a function create a suspended frame
// object instead of running it.
const generatorFlags = bytecode.FlagGenerator | bytecode.FlagCoroutine | bytecode.FlagAsyncGen

// enterFunction makes and fills the frame for a call of a bytecode function.
func (th *Thread) enterFunction(f *Function, args []Value, kwnames Tuple) (*Frame, error) {
	if th.depth >= th.interp.MaxDepth {
		return nil, Errorf(RecursionError, "maximum recursion depth exceeded")
	}
	if th.interp.MaxSteps > 0 || th.interp.interrupted.Load() {
		// Under a step limit calls count too: recursion alone can run without a loop. A
		// pending abort stops recursion that catches its RecursionErrors.
		if err := th.interp.poll(th); err != nil {
			return nil, err
		}
	}
	fr := th.newFrame(f.Code, f, f.Globals)
	if err := bindArgs(th, f, fr.slots, args, kwnames); err != nil {
		th.releaseFrame(fr)
		return nil, err
	}
	for i, slot := range f.Code.CellArgs {
		if slot >= 0 {
			fr.cells[i].Value = fr.slots[slot]
		}
	}
	th.depth++
	return fr, nil
}

// AsException turns any error into the exception that carries it.
func AsException(err error) *Exception {
	if e, ok := err.(*Exception); ok {
		return e
	}
	return Errorf(SystemError, "%s", err.Error())
}

// setContext records, on a newly raised exception, the exception that was being handled.
func (th *Thread) setContext(exc *Exception) {
	h := th.handled
	if h == nil || h == exc || exc.Context != nil || exc.contextAssigned {
		return
	}
	// Avoid a cycle if exc is already in h's context chain.
	for c := h; c != nil; c = c.Context {
		if c.Context == exc {
			c.Context = nil
			break
		}
	}
	exc.Context = h
}

func unboundLocal(name string) error {
	return Errorf(UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name)
}

func unboundCell(code *Code, i int) error {
	if i < len(code.Cellvars) {
		return unboundLocal(code.Cellvars[i])
	}
	return Errorf(NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
		code.Freevars[i-len(code.Cellvars)])
}

"""The shape of the code (issue #15): no import cycle between the packages of `bot/` at run time
(imports under `TYPE_CHECKING` are for annotations only and do not count)."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

BOT = Path(__file__).resolve().parents[2] / "bot"


def _package(module: str) -> str:
    return ".".join(module.split(".")[:2])


def _runtime_imports(tree: ast.Module) -> set[str]:
    """Modules of `bot` imported outside `if TYPE_CHECKING:` blocks."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        for nested in ast.iter_child_nodes(node):
            visit(nested)

    visit(tree)
    return {name for name in found if name == "bot" or name.startswith("bot.")}


def package_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = defaultdict(set)
    for path in BOT.rglob("*.py"):
        module = ".".join(path.relative_to(BOT.parent).with_suffix("").parts)
        source = _package(module)
        for imported in _runtime_imports(ast.parse(path.read_text(encoding="utf-8"))):
            if (target := _package(imported)) != source:
                graph[source].add(target)
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1 on the path, 2 done
    path: list[str] = []

    def walk(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (found := walk(target)):
                return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := walk(node)):
            return found
    return None


def test_the_finder_sees_a_cycle() -> None:
    assert _cycle({"bot.a": {"bot.b"}, "bot.b": {"bot.c"}, "bot.c": {"bot.a"}}) == [
        "bot.a",
        "bot.b",
        "bot.c",
        "bot.a",
    ]
    assert _cycle({"bot.a": {"bot.b"}, "bot.b": set()}) is None


def test_no_package_imports_itself_in_a_circle() -> None:
    graph = package_graph()
    assert "bot.services" in graph["bot.flows"]  # the graph is really read
    assert _cycle(graph) is None

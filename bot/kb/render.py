"""The editors' Markdown subset → Telegram HTML blocks, and pages under Telegram's limit."""

from __future__ import annotations

import re
from html import escape, unescape

from markdown_it import MarkdownIt
from markdown_it.token import Token

TELEGRAM_LIMIT = 4096
_LIST_ITEM = re.compile(r"^(\d+\.|•) ")
_md = MarkdownIt("commonmark", {"html": False}).disable(["image", "html_inline", "html_block"])

_INLINE_TAGS = {
    "strong_open": "<b>",
    "strong_close": "</b>",
    "em_open": "<i>",
    "em_close": "</i>",
    "s_open": "<s>",
    "s_close": "</s>",
}


def to_blocks(markdown: str) -> list[str]:
    """Each paragraph, heading or list item becomes one self-contained HTML block."""
    return blocks_of(_md.parse(markdown))


def blocks_of(tokens: list[Token]) -> list[str]:
    """`to_blocks` from tokens already parsed (by a parser that gives the same tokens)."""
    blocks: list[str] = []
    ordered: list[int | None] = []
    heading = False
    marker: str | None = None
    for token in tokens:
        if token.type == "heading_open":
            heading = True
        elif token.type == "heading_close":
            heading = False
        elif token.type == "ordered_list_open":
            ordered.append(int(token.attrGet("start") or 1))
        elif token.type == "bullet_list_open":
            ordered.append(None)
        elif token.type in ("ordered_list_close", "bullet_list_close"):
            ordered.pop()
        elif token.type == "list_item_open" and ordered:
            number = ordered[-1]
            marker = f"{number}." if number is not None else "•"
            if number is not None:
                ordered[-1] = number + 1
        elif token.type == "inline":
            html = _inline(token.children or [])
            if heading:
                blocks.append(f"<b>{html}</b>")
            elif marker is not None:
                blocks.append(f"{marker} {html}")
                marker = None
            else:
                blocks.append(html)
        elif token.type in ("fence", "code_block"):
            blocks.append(f"<pre>{escape(token.content.rstrip())}</pre>")
    return blocks


def _inline(children: list[Token]) -> str:
    out: list[str] = []
    for child in children:
        if child.type == "text":
            out.append(escape(child.content, quote=False))
        elif child.type == "code_inline":
            out.append(f"<code>{escape(child.content, quote=False)}</code>")
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif child.type == "link_open":
            href = str(child.attrGet("href") or "")
            out.append(f'<a href="{escape(href)}">' if href.startswith("https://") else "")
        elif child.type == "link_close":
            out.append("</a>" if _open_link(out) else "")
        elif child.type in _INLINE_TAGS:
            out.append(_INLINE_TAGS[child.type])
    return "".join(out)


def _open_link(out: list[str]) -> bool:
    for piece in reversed(out):
        if piece.startswith("<a "):
            return True
        if piece == "</a>":
            return False
    return False


def paginate(blocks: list[str], limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Join blocks with blank lines into pages of at most `limit` characters.

    Blocks are never cut, so no tag is broken; a single block that is too long is split
    between words (its tags are closed and reopened around the cut).
    """
    pages: list[str] = []
    current = ""
    previous = ""
    for block in (piece for whole in blocks for piece in _split_block(whole, limit)):
        glue = "\n" if _LIST_ITEM.match(block) and _LIST_ITEM.match(previous) else "\n\n"
        previous = block
        candidate = f"{current}{glue}{block}" if current else block
        if len(candidate) <= limit:
            current = candidate
            continue
        pages.append(current)
        current = block
    if current:
        pages.append(current)
    return pages


def _split_block(block: str, limit: int) -> list[str]:
    if len(block) <= limit:
        return [block]
    if "<" in block:  # a long formatted block: fall back to its plain text, split by words
        block = escape(_strip_tags(block), quote=False)
    pieces: list[str] = []
    current = ""
    for word in block.split(" "):
        candidate = f"{current} {word}" if current else word
        if len(candidate) > limit and current:
            pieces.append(current)
            current = word
        else:
            current = candidate
    if current:
        pieces.append(current)
    return pieces


def _strip_tags(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))

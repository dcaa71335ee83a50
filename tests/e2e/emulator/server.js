#!/usr/bin/env node
'use strict';

/*
 * Local Telegram Bot API emulator for Qorgau's end-to-end tests.
 *
 * A thin wrapper around the npm package `telegram-test-api` (storage, id counters,
 * stock client routes) that fixes the gaps which break a real aiogram 3 bot:
 *
 *   - request bodies: JSON, x-www-form-urlencoded and multipart/form-data (aiogram posts
 *     forms; JSON-typed fields such as reply_markup arrive as JSON strings), query strings;
 *     Bot API method names are matched case-insensitively, as Telegram does;
 *   - every bot-facing answer has the Bot API shape {"ok":true,"result":...} or
 *     {"ok":false,"error_code":N,"description":"..."} with a matching HTTP status;
 *   - getMe returns a valid User (is_bot, first_name, username; id taken from the token);
 *   - getUpdates honours offset (confirmation of earlier updates, re-delivery of
 *     unconfirmed ones), limit, allowed_updates and timeout (a real long poll), and answers
 *     409 to an older concurrent poll, like Telegram;
 *   - updates are clean Bot API objects: no internal `botToken`, callback queries carry
 *     `chat_instance` and the real (current) message the button belongs to;
 *   - sendMessage/edit* return clean Message objects (seconds in `date`, `from`, `chat`,
 *     parsed HTML text + entities, inline reply_markup); editMessageText without
 *     reply_markup drops the inline keyboard; "message is not modified" and other common
 *     Bad Request errors are reproduced;
 *   - answerCallbackQuery, setMyCommands, deleteWebhook (drop_pending_updates),
 *     deleteMessage(s), copyMessage, sendPhoto/sendDocument/... are implemented;
 *   - the test client can read the bot's messages, edits, deletions and callback answers
 *     (extension endpoints under /client/..., with long polling).
 *
 * Usage: node server.js [--port N] [--host H] [--exit-on-stdin-close]
 *   (or env EMULATOR_PORT / EMULATOR_HOST; port 0 picks a free port).
 * Prints exactly one line "EMULATOR READY <port>" to stdout once listening.
 * Diagnostics go to stderr; they never contain tokens or message texts.
 */

const http = require('http');
const path = require('path');
const TelegramServer = require('telegram-test-api');

// express is a dependency of telegram-test-api; resolve it through that package so the
// wrapper does not depend on npm's hoisting layout.
const express = require(require.resolve('express', {
  paths: [path.dirname(require.resolve('telegram-test-api/package.json'))],
}));

// ---------------------------------------------------------------------------------------------
// configuration

function parseArgs(argv) {
  const opts = {
    port: process.env.EMULATOR_PORT !== undefined ? Number(process.env.EMULATOR_PORT) : 0,
    host: process.env.EMULATOR_HOST || '127.0.0.1',
    exitOnStdinClose: process.env.EMULATOR_EXIT_ON_STDIN_CLOSE === '1',
    debug: process.env.EMULATOR_DEBUG === '1',
    botFirstName: process.env.EMULATOR_BOT_FIRST_NAME || 'Test Bot',
    botUsername: process.env.EMULATOR_BOT_USERNAME || 'emulator_test_bot',
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--port') {
      opts.port = Number(argv[(i += 1)]);
    } else if (arg.startsWith('--port=')) {
      opts.port = Number(arg.slice('--port='.length));
    } else if (arg === '--host') {
      opts.host = argv[(i += 1)];
    } else if (arg.startsWith('--host=')) {
      opts.host = arg.slice('--host='.length);
    } else if (arg === '--exit-on-stdin-close') {
      opts.exitOnStdinClose = true;
    } else if (arg === '--debug') {
      opts.debug = true;
    } else if (/^\d+$/.test(arg)) {
      opts.port = Number(arg);
    } else {
      throw new Error(`unknown argument: ${arg}`);
    }
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    throw new Error('invalid port');
  }
  return opts;
}

const OPTS = parseArgs(process.argv.slice(2));

function log(line) {
  process.stderr.write(`[emulator] ${line}\n`);
}

function debug(line) {
  if (OPTS.debug) log(line);
}

// ---------------------------------------------------------------------------------------------
// errors and small value helpers

class ApiError extends Error {
  constructor(code, description, parameters) {
    super(description);
    this.code = code;
    this.description = description;
    this.parameters = parameters;
  }
}

const badRequest = (what) => new ApiError(400, `Bad Request: ${what}`);

const nowSec = () => Math.floor(Date.now() / 1000);

const clone = (value) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

function present(value) {
  return value !== undefined && value !== null && value !== '';
}

function jsonValue(value, field) {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  try {
    return JSON.parse(trimmed);
  } catch (_err) {
    throw badRequest(`can't parse ${field} JSON object`);
  }
}

function toInt(value, field) {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  throw badRequest(`invalid ${field} specified`);
}

function toBool(value) {
  return value === true || value === 1 || value === 'true' || value === '1' || value === 'True';
}

function chatIdOf(params) {
  if (!present(params.chat_id)) throw badRequest('chat_id is empty');
  if (typeof params.chat_id === 'string' && params.chat_id.startsWith('@')) {
    throw badRequest('chat not found');
  }
  return toInt(params.chat_id, 'chat_id');
}

// ---------------------------------------------------------------------------------------------
// telegram-test-api instance and monkeypatches

const tg = new TelegramServer({
  port: OPTS.port || 9000,
  host: OPTS.host,
  // Stock storage drops unread messages after 60 s; tests may run longer than that.
  storeTimeout: 24 * 60 * 60,
});

// Stock formatUpdate leaks the internal `botToken` into the message and builds callback
// queries without `chat_instance` (mandatory in the Bot API) and without a real message.
// Patched so that getUpdates and webhook deliveries send proper Update objects.
const stockFormatUpdate = TelegramServer.formatUpdate;
TelegramServer.formatUpdate = function formatUpdate(update) {
  if ('callbackQuery' in update) {
    const cq = update.callbackQuery;
    const query = {
      id: String(update.callbackId),
      from: cq.from,
      chat_instance: String(cq.chat_instance || chatInstance(cq.botToken, cq.message?.chat?.id)),
    };
    if (cq.message && cq.message.message_id !== undefined) query.message = cq.message;
    if (cq.data !== undefined) query.data = String(cq.data);
    return { update_id: update.updateId, callback_query: query };
  }
  if ('message' in update) {
    const { botToken: _token, ...message } = update.message;
    return { update_id: update.updateId, message: { ...message, message_id: update.messageId } };
  }
  return stockFormatUpdate(update);
};

// Stock user updates take their update_id (and message or callback id) from counters that are
// advanced only after a webhook delivery answered, so updates sent at the same time to a bot on
// a webhook shared one update_id. Here the ids are taken before the delivery, as Telegram's are
// unique. Polling is unchanged: the update is stored, then the counters move on.
const axios = require(require.resolve('axios', {
  paths: [path.dirname(require.resolve('telegram-test-api/package.json'))],
}));

async function deliverUserUpdate(update) {
  const webhook = tg.webhooks[update.botToken];
  if (!webhook) {
    tg.storage.userMessages.push(update);
    return;
  }
  const resp = await axios({
    url: webhook.url,
    method: 'POST',
    data: TelegramServer.formatUpdate(update),
    // Telegram sends the secret_token given to setWebhook in this header with every update
    headers: webhook.secret ? { 'X-Telegram-Bot-Api-Secret-Token': webhook.secret } : {},
    validateStatus: () => true,
  });
  if (resp.status > 204) throw new Error('Webhook invocation failed');
}

tg.addUserUpdate = async function addUserUpdate(update) {
  this.updateId += 1;
  await deliverUserUpdate(update);
};

tg.addUserMessage = async function addUserMessage(message) {
  const update = { ...this.getCommonFields(message.botToken), message };
  this.updateId += 1;
  this.messageId += 1;
  await deliverUserUpdate(update);
  this.emit('AddedUserMessage');
};

tg.addUserCommand = async function addUserCommand(message) {
  const update = { ...this.getCommonFields(message.botToken), message, entities: message.entities };
  this.updateId += 1;
  this.messageId += 1;
  await deliverUserUpdate(update);
  this.emit('AddedUserCommand');
};

tg.addUserCallback = async function addUserCallback(callbackQuery) {
  const fields = this.getCommonFields(callbackQuery.botToken);
  const update = { ...fields, callbackQuery, callbackId: this.callbackId };
  this.updateId += 1;
  this.callbackId += 1;
  await deliverUserUpdate(update);
  this.emit('AddedUserCallbackQuery');
};

// ---------------------------------------------------------------------------------------------
// emulator state (per bot token, per chat)

const bots = new Map(); // token -> bot state
const chats = new Map(); // `${token}|${chatId}` -> Chat object learnt from the user side
const botMessages = new Map(); // `${token}|${chatId}|${messageId}` -> record
const userMessages = new Map(); // `${token}|${chatId}|${messageId}` -> {message, deleted}
const events = []; // client-visible log of what the bot did
const eventWaiters = new Set();
let eventSeq = 0;
let fileSeq = 0;

const msgKey = (token, chatId, messageId) => `${token}|${chatId}|${messageId}`;

function chatInstance(token, chatId) {
  const bot = token ? botState(token) : null;
  return `${bot ? bot.id : 0}${String(chatId ?? 0).replace('-', '9')}`;
}

function botState(token) {
  let bot = bots.get(token);
  if (bot) return bot;
  const match = /^(\d+):([^/\s]+)$/.exec(token || '');
  if (!match) return null;
  bot = {
    token,
    id: Number(match[1]),
    allowedUpdates: null,
    poll: null, // the pending long-poll request, if any
    polls: 0,
    lastPollAt: null,
    commands: new Map(),
    callbacks: new Map(), // callback_query_id -> {chatId, messageId, answered}
    webhook: null,
  };
  bots.set(token, bot);
  return bot;
}

function botUser(bot) {
  return {
    id: bot.id,
    is_bot: true,
    first_name: OPTS.botFirstName,
    username: OPTS.botUsername,
  };
}

function chatObject(bot, chatId) {
  const known = chats.get(`${bot.token}|${chatId}`);
  if (known) return clone(known);
  if (chatId > 0) return { id: chatId, type: 'private', first_name: 'User' };
  if (String(chatId).startsWith('-100')) {
    return { id: chatId, type: 'supergroup', title: 'Test supergroup' };
  }
  return { id: chatId, type: 'group', title: 'Test group' };
}

function pushEvent(event) {
  eventSeq += 1;
  events.push({ ...event, seq: eventSeq, time: Date.now() });
  for (const wake of [...eventWaiters]) wake();
}

function wakePollers() {
  for (const bot of bots.values()) {
    if (bot.poll) bot.poll.wake();
  }
}

// Any user update stored by telegram-test-api (our client routes or the stock ones) wakes up
// the long-polling bots.
tg.on('AddedUserMessage', wakePollers);
tg.on('AddedUserCommand', wakePollers);
tg.on('AddedUserCallbackQuery', wakePollers);

// ---------------------------------------------------------------------------------------------
// text formatting (parse_mode HTML), markup validation

const HTML_TAGS = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  'tg-spoiler': 'spoiler',
  span: 'spoiler',
  a: 'text_link',
  code: 'code',
  pre: 'pre',
  blockquote: 'blockquote',
  'tg-emoji': 'custom_emoji',
};
const NAMED_ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"' };
const TAG_RE = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z_:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*>/y;
const ATTR_RE = /([a-zA-Z_:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const ENTITY_RE = /&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);/y;

function decodeEntities(text) {
  return text.replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);/g, (whole, body) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X'
        ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function parseAttrs(raw) {
  const attrs = {};
  for (const m of raw.matchAll(ATTR_RE)) {
    attrs[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

// Parses Telegram's HTML subset into {text, entities}, rejecting what Telegram rejects
// (unsupported tags such as <br>, unmatched or unclosed tags, a bare "<").
function parseHtml(src) {
  const byteOffset = (index) => Buffer.byteLength(src.slice(0, index), 'utf8');
  const fail = (what) => {
    throw badRequest(`can't parse entities: ${what}`);
  };
  let out = '';
  const stack = [];
  const entities = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '<') {
      TAG_RE.lastIndex = i;
      const m = TAG_RE.exec(src);
      if (!m) fail(`Unsupported start tag at byte offset ${byteOffset(i)}`);
      const closing = m[1] === '/';
      const name = m[2].toLowerCase();
      if (closing) {
        const top = stack.pop();
        if (!top) fail(`Unexpected end tag at byte offset ${byteOffset(i)}`);
        if (top.name !== name) {
          fail(
            `Unmatched end tag at byte offset ${byteOffset(i)}, expected "</${top.name}>", `
              + `found "</${name}>"`,
          );
        }
        const length = out.length - top.offset;
        if (top.entity && length > 0) {
          entities.push({ ...top.entity, offset: top.offset, length });
        }
      } else {
        if (!(name in HTML_TAGS)) fail(`Unsupported start tag "${name}" at byte offset ${byteOffset(i)}`);
        const attrs = parseAttrs(m[3] || '');
        let entity = { type: HTML_TAGS[name] };
        if (name === 'span' && attrs.class !== 'tg-spoiler') {
          fail(`Tag "span" must have class "tg-spoiler" at byte offset ${byteOffset(i)}`);
        } else if (name === 'a') {
          const href = attrs.href || '';
          const mention = /^tg:\/\/user\?id=(\d+)$/.exec(href);
          if (mention) entity = { type: 'text_mention', user: { id: Number(mention[1]), is_bot: false, first_name: 'User' } };
          else entity = href ? { type: 'text_link', url: href } : null;
        } else if (name === 'code' && stack.length && stack[stack.length - 1].name === 'pre') {
          const lang = /^language-(.+)$/.exec(attrs.class || '');
          if (lang) stack[stack.length - 1].entity.language = lang[1];
          entity = null;
        } else if (name === 'blockquote' && 'expandable' in attrs) {
          entity = { type: 'expandable_blockquote' };
        } else if (name === 'tg-emoji') {
          if (!attrs['emoji-id']) fail(`Custom emoji entity must contain a tg://emoji URL at byte offset ${byteOffset(i)}`);
          entity = { type: 'custom_emoji', custom_emoji_id: attrs['emoji-id'] };
        }
        stack.push({ name, offset: out.length, entity });
      }
      i += m[0].length;
    } else if (ch === '&') {
      ENTITY_RE.lastIndex = i;
      const m = ENTITY_RE.exec(src);
      if (m) {
        out += decodeEntities(m[0]);
        i += m[0].length;
      } else {
        out += ch;
        i += 1;
      }
    } else {
      out += ch;
      i += 1;
    }
  }
  if (stack.length) fail(`Can't find end tag corresponding to start tag "${stack[stack.length - 1].name}"`);
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { text: out, entities };
}

function formatText(raw, parseMode, explicitEntities, field) {
  const mode = typeof parseMode === 'string' ? parseMode.toLowerCase() : '';
  if (mode === 'html') return parseHtml(raw);
  if (mode === 'markdown' || mode === 'markdownv2') {
    // Not parsed: the text is kept as sent (documented limitation).
    return { text: raw, entities: [] };
  }
  if (mode) throw badRequest(`unsupported parse_mode`);
  const entities = jsonValue(explicitEntities, `${field} entities`);
  return { text: raw, entities: Array.isArray(entities) ? entities : [] };
}

const BUTTON_ACTIONS = [
  'url', 'callback_data', 'web_app', 'login_url', 'switch_inline_query',
  'switch_inline_query_current_chat', 'switch_inline_query_chosen_chat', 'copy_text',
  'callback_game', 'pay',
];

function parseMarkup(value) {
  if (!present(value)) return null;
  const markup = jsonValue(value, 'reply keyboard markup');
  if (markup === undefined || markup === null) return null;
  if (typeof markup !== 'object' || Array.isArray(markup)) {
    throw badRequest("can't parse reply keyboard markup JSON object");
  }
  if ('inline_keyboard' in markup) {
    const rows = markup.inline_keyboard;
    if (!Array.isArray(rows) || rows.some((row) => !Array.isArray(row))) {
      throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays');
    }
    for (const row of rows) {
      for (const button of row) {
        if (!button || typeof button !== 'object') throw badRequest("can't parse inline keyboard button");
        if (typeof button.text !== 'string' || button.text === '') throw badRequest('BUTTON_TEXT_EMPTY');
        const actions = BUTTON_ACTIONS.filter((k) => k in button);
        if (actions.length === 0) throw badRequest('text buttons are unallowed in the inline keyboard');
        if (actions.length > 1) throw badRequest('inline keyboard button must have exactly one optional field');
        if ('callback_data' in button) {
          const size = Buffer.byteLength(String(button.callback_data), 'utf8');
          if (size < 1 || size > 64) throw badRequest('BUTTON_DATA_INVALID');
        }
        if ('url' in button && !/^(https?|tg):\/\/\S+$/i.test(String(button.url))) {
          throw badRequest('inline keyboard button URL is invalid');
        }
      }
    }
  }
  return markup;
}

const inlineOnly = (markup) => (markup && 'inline_keyboard' in markup ? markup : null);

// ---------------------------------------------------------------------------------------------
// bot messages

function messageView(record) {
  const m = record.message;
  return {
    message_id: record.messageId,
    chat_id: record.chatId,
    from_bot: true,
    kind: record.kind,
    date: m.date,
    edit_date: m.edit_date ?? null,
    text: m.text ?? m.caption ?? '',
    raw_text: record.rawText,
    parse_mode: record.parseMode ?? null,
    entities: m.entities ?? m.caption_entities ?? [],
    reply_markup: record.markup ?? null,
    media: record.media ?? null,
    deleted: record.deleted,
    message: clone(m),
  };
}

function findReply(bot, chatId, params) {
  let replyId;
  let allowWithout = toBool(params.allow_sending_without_reply);
  const rp = jsonValue(params.reply_parameters, 'reply parameters');
  if (rp && typeof rp === 'object' && present(rp.message_id)) {
    replyId = toInt(rp.message_id, 'reply message identifier');
    allowWithout = allowWithout || toBool(rp.allow_sending_without_reply);
  } else if (present(params.reply_to_message_id)) {
    replyId = toInt(params.reply_to_message_id, 'reply message identifier');
  }
  if (replyId === undefined) return undefined;
  const key = msgKey(bot.token, chatId, replyId);
  const own = botMessages.get(key);
  if (own && !own.deleted) return clone(own.message);
  const user = userMessages.get(key);
  if (user && !user.deleted) return clone(user.message);
  if (allowWithout) return undefined;
  throw badRequest('message to be replied not found');
}

function storeBotMessage(bot, chatId, content) {
  // telegram-test-api allocates the message id and keeps its own copy (stock client routes).
  const stock = tg.addBotMessage({
    chat_id: String(chatId),
    text: content.rawText,
    parse_mode: content.parseMode,
    reply_markup: content.markup ?? undefined,
  }, bot.token);
  const stockEntry = tg.storage.botMessages[tg.storage.botMessages.length - 1];
  const message = {
    message_id: stock.message_id,
    from: botUser(bot),
    chat: chatObject(bot, chatId),
    date: nowSec(),
    ...content.fields,
  };
  if (content.replyTo) message.reply_to_message = content.replyTo;
  const inline = inlineOnly(content.markup);
  if (inline) message.reply_markup = clone(inline);
  const record = {
    token: bot.token,
    chatId,
    messageId: stock.message_id,
    kind: content.kind,
    rawText: content.rawText,
    parseMode: content.parseMode,
    markup: content.markup,
    media: content.media ?? null,
    deleted: false,
    message,
    stockEntry,
  };
  botMessages.set(msgKey(bot.token, chatId, record.messageId), record);
  pushEvent({ token: bot.token, chat_id: chatId, type: 'sent', message: messageView(record) });
  return clone(message);
}

function textFields(raw, parseMode, entities, field, limit) {
  const parsed = formatText(raw, parseMode, entities, field);
  if (field === 'text') {
    if (parsed.text.trim() === '') throw badRequest('message text is empty');
    if (parsed.text.length > limit) throw badRequest('message is too long');
    return parsed.entities.length
      ? { text: parsed.text, entities: parsed.entities } : { text: parsed.text };
  }
  if (parsed.text.length > limit) throw badRequest('message caption is too long');
  if (parsed.text === '') return {};
  return parsed.entities.length
    ? { caption: parsed.text, caption_entities: parsed.entities } : { caption: parsed.text };
}

function nextFileId(kind) {
  fileSeq += 1;
  return { file_id: `EMU-${kind}-${fileSeq}`, file_unique_id: `emu${kind}${fileSeq}` };
}

const MEDIA_KINDS = ['photo', 'document', 'video', 'audio', 'voice', 'animation', 'sticker', 'video_note'];

function mediaObject(kind, params, files) {
  const value = params[kind];
  let upload = files[kind];
  if (typeof value === 'string' && value.startsWith('attach://')) {
    upload = files[value.slice('attach://'.length)];
    if (!upload) throw badRequest(`wrong file identifier/HTTP URL specified`);
  }
  if (!upload && !present(value)) throw badRequest(`there is no ${kind} in the request`);
  const ids = upload || /^https?:\/\//i.test(String(value))
    ? nextFileId(kind) : { file_id: String(value), file_unique_id: `emu${String(value).slice(-16)}` };
  const info = { type: kind, file_id: ids.file_id, file_name: upload?.filename ?? null, size: upload?.size ?? null };
  let field;
  switch (kind) {
    case 'photo':
      field = [
        { ...ids, width: 90, height: 90, file_size: upload?.size ?? 1024 },
      ];
      break;
    case 'document':
      field = { ...ids, file_name: upload?.filename ?? 'file', mime_type: upload?.mime_type || 'application/octet-stream', file_size: upload?.size ?? 1024 };
      break;
    case 'sticker':
      field = { ...ids, type: 'regular', width: 512, height: 512, is_animated: false, is_video: false };
      break;
    case 'video_note':
      field = { ...ids, length: 240, duration: 1 };
      break;
    case 'audio':
    case 'voice':
      field = { ...ids, duration: 1 };
      break;
    default:
      field = { ...ids, width: 320, height: 240, duration: 1 };
  }
  return { field, info };
}

function findEditable(bot, params) {
  const chatId = chatIdOf(params);
  if (!present(params.message_id)) throw badRequest('message identifier is not specified');
  const messageId = toInt(params.message_id, 'message identifier');
  const key = msgKey(bot.token, chatId, messageId);
  const record = botMessages.get(key);
  if (record && !record.deleted) return record;
  const user = userMessages.get(key);
  if (user && !user.deleted) throw badRequest("message can't be edited");
  throw badRequest('message to edit not found');
}

// Applies an edit: `clearKeys` are removed from the message, `fields` are set, and the inline
// keyboard is replaced by `markup` (absent markup removes it, as on Telegram).
function applyEdit(record, clearKeys, fields, markup, rawText, parseMode) {
  const contentOf = (m) => JSON.stringify([
    m.text, m.entities, m.caption, m.caption_entities, m.reply_markup,
  ]);
  const nextMessage = { ...record.message };
  for (const k of [...clearKeys, 'reply_markup']) delete nextMessage[k];
  Object.assign(nextMessage, fields);
  const inline = inlineOnly(markup);
  if (inline) nextMessage.reply_markup = clone(inline);
  if (contentOf(nextMessage) === contentOf(record.message)) {
    throw badRequest(
      'message is not modified: specified new message content and reply markup are exactly '
        + 'the same as a current content and reply markup of the message',
    );
  }
  nextMessage.edit_date = nowSec();
  record.message = nextMessage;
  record.markup = inline;
  if (rawText !== undefined) {
    record.rawText = rawText;
    record.parseMode = parseMode;
  }
  if (record.stockEntry) {
    record.stockEntry.message.text = record.rawText;
    record.stockEntry.message.reply_markup = inline ?? undefined;
  }
  pushEvent({ token: record.token, chat_id: record.chatId, type: 'edited', message: messageView(record) });
  return clone(nextMessage);
}

function deleteOne(bot, chatId, messageId) {
  const key = msgKey(bot.token, chatId, messageId);
  const record = botMessages.get(key);
  if (record && !record.deleted) {
    record.deleted = true;
    if (record.stockEntry) tg.removeBotMessage(record.stockEntry.updateId);
    pushEvent({
      token: bot.token, chat_id: chatId, type: 'deleted', message_id: messageId, from_bot: true,
    });
    return true;
  }
  const user = userMessages.get(key);
  if (user && !user.deleted) {
    user.deleted = true;
    pushEvent({
      token: bot.token, chat_id: chatId, type: 'deleted', message_id: messageId, from_bot: false,
    });
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// getUpdates (long polling)

const UPDATE_TYPES = (update) => ('callbackQuery' in update ? 'callback_query' : 'message');

function pendingUpdates(bot) {
  return tg.storage.userMessages
    .filter((u) => u.botToken === bot.token)
    .sort((a, b) => a.updateId - b.updateId);
}

function dropUpdates(bot, keep) {
  tg.storage.userMessages = tg.storage.userMessages.filter((u) => u.botToken !== bot.token || keep(u));
}

function getUpdates(bot, params, req, res) {
  if (bot.webhook) {
    throw new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
  }
  const offset = present(params.offset) ? toInt(params.offset, 'offset') : 0;
  let limit = present(params.limit) ? toInt(params.limit, 'limit') : 100;
  limit = Math.min(Math.max(limit, 1), 100);
  const timeout = present(params.timeout) ? Math.min(Math.max(toInt(params.timeout, 'timeout'), 0), 50) : 0;
  if (present(params.allowed_updates)) {
    const allowed = jsonValue(params.allowed_updates, 'allowed updates');
    bot.allowedUpdates = Array.isArray(allowed) && allowed.length ? allowed.map(String) : null;
  }
  // offset: everything before it is confirmed and forgotten; a negative offset keeps only
  // the last -offset updates.
  if (offset > 0) {
    dropUpdates(bot, (u) => u.updateId >= offset);
  } else if (offset < 0) {
    const keepIds = new Set(pendingUpdates(bot).slice(offset).map((u) => u.updateId));
    dropUpdates(bot, (u) => keepIds.has(u.updateId));
  }
  bot.polls += 1;
  bot.lastPollAt = Date.now();

  const collect = () => {
    if (bot.allowedUpdates) {
      const allowed = new Set(bot.allowedUpdates);
      dropUpdates(bot, (u) => allowed.has(UPDATE_TYPES(u)));
    }
    return pendingUpdates(bot).slice(0, limit).map((u) => TelegramServer.formatUpdate(u));
  };

  // Only one getUpdates per token at a time: an older pending one is terminated (409).
  if (bot.poll) {
    bot.poll.finish(new ApiError(409, 'Conflict: terminated by other getUpdates request; '
      + 'make sure that only one bot instance is running'));
  }
  const first = collect();
  if (first.length || timeout === 0) {
    sendOk(res, first);
    return;
  }
  let timer = null;
  const poll = {
    wake() {
      const updates = collect();
      if (updates.length) poll.finish(null, updates);
    },
    finish(error, updates) {
      if (bot.poll === poll) bot.poll = null;
      clearTimeout(timer);
      res.removeListener('close', onClose);
      if (res.writableEnded || res.destroyed) return;
      if (error) sendError(res, error);
      else sendOk(res, updates ?? []);
    },
  };
  const onClose = () => {
    if (bot.poll === poll) bot.poll = null;
    clearTimeout(timer);
  };
  bot.poll = poll;
  res.on('close', onClose);
  timer = setTimeout(() => poll.finish(null, collect()), timeout * 1000);
}

// ---------------------------------------------------------------------------------------------
// Bot API methods (lower-case names)

const ACK_METHODS = [
  'sendchataction', 'setmydescription', 'setmyshortdescription', 'setmyname',
  'setchatmenubutton', 'setmydefaultadministratorrights', 'close', 'logout',
];

function commandsKey(params) {
  const scope = jsonValue(params.scope, 'scope') || { type: 'default' };
  return `${JSON.stringify(scope)}|${params.language_code || ''}`;
}

const BOT_METHODS = {
  getme: (bot) => ({
    ...botUser(bot),
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
  }),

  getupdates: getUpdates,

  deletewebhook: (bot, params) => {
    if (toBool(params.drop_pending_updates)) dropUpdates(bot, () => false);
    bot.webhook = null;
    tg.deleteWebhook(bot.token);
    return true;
  },

  setwebhook: (bot, params) => {
    if (!present(params.url)) throw badRequest('bad webhook: an HTTPS URL must be provided for webhook');
    bot.webhook = String(params.url);
    const secret = present(params.secret_token) ? String(params.secret_token) : null;
    tg.setWebhook({ url: bot.webhook, secret }, bot.token);
    return true;
  },

  getwebhookinfo: (bot) => ({
    url: bot.webhook ?? '',
    has_custom_certificate: false,
    pending_update_count: pendingUpdates(bot).length,
  }),

  sendmessage: (bot, params) => {
    const chatId = chatIdOf(params);
    if (!present(params.text)) throw badRequest('message text is empty');
    const rawText = String(params.text);
    const fields = textFields(rawText, params.parse_mode, params.entities, 'text', 4096);
    const lpo = jsonValue(params.link_preview_options, 'link preview options');
    if (lpo && typeof lpo === 'object') fields.link_preview_options = lpo;
    return storeBotMessage(bot, chatId, {
      kind: 'text',
      rawText,
      parseMode: params.parse_mode,
      markup: parseMarkup(params.reply_markup),
      replyTo: findReply(bot, chatId, params),
      fields,
    });
  },

  editmessagetext: (bot, params) => {
    if (present(params.inline_message_id)) return true;
    const record = findEditable(bot, params);
    if (record.kind !== 'text') throw badRequest('there is no text in the message to edit');
    if (!present(params.text)) throw badRequest('message text is empty');
    const rawText = String(params.text);
    const fields = textFields(rawText, params.parse_mode, params.entities, 'text', 4096);
    return applyEdit(
      record, ['text', 'entities'], fields, parseMarkup(params.reply_markup), rawText,
      params.parse_mode,
    );
  },

  editmessagecaption: (bot, params) => {
    if (present(params.inline_message_id)) return true;
    const record = findEditable(bot, params);
    if (record.kind === 'text') throw badRequest('there is no caption in the message to edit');
    const rawText = present(params.caption) ? String(params.caption) : '';
    const fields = textFields(rawText, params.parse_mode, params.caption_entities, 'caption', 1024);
    return applyEdit(
      record, ['caption', 'caption_entities'], fields, parseMarkup(params.reply_markup), rawText,
      params.parse_mode,
    );
  },

  editmessagereplymarkup: (bot, params) => {
    if (present(params.inline_message_id)) return true;
    const record = findEditable(bot, params);
    return applyEdit(record, [], {}, parseMarkup(params.reply_markup), undefined, undefined);
  },

  deletemessage: (bot, params) => {
    const chatId = chatIdOf(params);
    if (!present(params.message_id)) throw badRequest('message identifier is not specified');
    if (!deleteOne(bot, chatId, toInt(params.message_id, 'message identifier'))) {
      throw badRequest('message to delete not found');
    }
    return true;
  },

  deletemessages: (bot, params) => {
    const chatId = chatIdOf(params);
    const ids = jsonValue(params.message_ids, 'message identifiers');
    if (!Array.isArray(ids) || ids.length === 0) throw badRequest('message identifiers are not specified');
    let deleted = 0;
    for (const id of ids) if (deleteOne(bot, chatId, toInt(id, 'message identifier'))) deleted += 1;
    if (!deleted) throw badRequest('message to delete not found');
    return true;
  },

  answercallbackquery: (bot, params) => {
    const id = String(params.callback_query_id ?? '');
    const callback = bot.callbacks.get(id);
    if (!callback || callback.answered) {
      throw badRequest('query is too old and response timeout expired or query ID is invalid');
    }
    const text = present(params.text) ? String(params.text) : null;
    if (text !== null && text.length > 200) throw badRequest('MESSAGE_TOO_LONG');
    callback.answered = true;
    pushEvent({
      token: bot.token,
      chat_id: callback.chatId,
      type: 'callback_answer',
      answer: {
        callback_query_id: id,
        message_id: callback.messageId,
        text,
        show_alert: toBool(params.show_alert),
        url: present(params.url) ? String(params.url) : null,
      },
    });
    return true;
  },

  setmycommands: (bot, params) => {
    const commands = jsonValue(params.commands, 'commands');
    if (!Array.isArray(commands)) throw badRequest('parameter "commands" must be an array');
    if (commands.length > 100) throw badRequest('too many commands specified');
    for (const c of commands) {
      if (!c || typeof c.command !== 'string' || !/^[a-z0-9_]{1,32}$/.test(c.command.replace(/^\//, ''))) {
        throw badRequest('BOT_COMMAND_INVALID');
      }
      if (typeof c.description !== 'string' || c.description.length < 1 || c.description.length > 256) {
        throw badRequest('BOT_COMMAND_DESCRIPTION_INVALID');
      }
    }
    bot.commands.set(commandsKey(params), commands.map((c) => ({
      command: c.command.replace(/^\//, ''),
      description: c.description,
    })));
    return true;
  },

  getmycommands: (bot, params) => clone(bot.commands.get(commandsKey(params)) ?? []),

  deletemycommands: (bot, params) => {
    bot.commands.delete(commandsKey(params));
    return true;
  },

  getchat: (bot, params) => ({
    ...chatObject(bot, chatIdOf(params)),
    accent_color_id: 0,
    max_reaction_count: 11,
    accepted_gift_types: {
      unlimited_gifts: false,
      limited_gifts: false,
      unique_gifts: false,
      premium_subscription: false,
      gifts_from_channels: false,
    },
  }),

  copymessage: (bot, params) => {
    const chatId = chatIdOf(params);
    const fromChatId = toInt(params.from_chat_id, 'from_chat_id');
    const messageId = toInt(params.message_id, 'message identifier');
    const key = msgKey(bot.token, fromChatId, messageId);
    const own = botMessages.get(key);
    const user = userMessages.get(key);
    let source;
    if (own && !own.deleted) source = own.message;
    else if (user && !user.deleted) source = user.message;
    else throw badRequest('message to copy not found');
    const kind = MEDIA_KINDS.find((k) => k in source) ?? 'text';
    const fields = {};
    let rawText;
    let parseMode;
    if (kind === 'text') {
      fields.text = source.text ?? '';
      if (source.entities) fields.entities = clone(source.entities);
      rawText = fields.text;
    } else {
      fields[kind] = clone(source[kind]);
      if (present(params.caption)) {
        rawText = String(params.caption);
        parseMode = params.parse_mode;
        Object.assign(fields, textFields(rawText, parseMode, params.caption_entities, 'caption', 1024));
      } else {
        rawText = source.caption ?? '';
        if (source.caption) fields.caption = source.caption;
        if (source.caption_entities) fields.caption_entities = clone(source.caption_entities);
      }
    }
    const copied = storeBotMessage(bot, chatId, {
      kind,
      rawText,
      parseMode,
      markup: parseMarkup(params.reply_markup),
      replyTo: findReply(bot, chatId, params),
      media: kind === 'text' ? null : { type: kind, copied: true },
      fields,
    });
    return { message_id: copied.message_id };
  },
};

for (const kind of MEDIA_KINDS) {
  const name = `send${kind.replace('_', '')}`;
  BOT_METHODS[name] = (bot, params, _req, _res, files) => {
    const chatId = chatIdOf(params);
    const { field, info } = mediaObject(kind, params, files);
    const rawText = present(params.caption) ? String(params.caption) : '';
    const fields = {
      [kind]: field,
      ...textFields(rawText, params.parse_mode, params.caption_entities, 'caption', 1024),
    };
    return storeBotMessage(bot, chatId, {
      kind,
      rawText,
      parseMode: params.parse_mode,
      markup: parseMarkup(params.reply_markup),
      replyTo: findReply(bot, chatId, params),
      media: info,
      fields,
    });
  };
}
for (const name of ACK_METHODS) BOT_METHODS[name] = () => true;

// ---------------------------------------------------------------------------------------------
// HTTP plumbing

function sendOk(res, result) {
  if (res.writableEnded || res.destroyed) return;
  res.status(200).json({ ok: true, result });
}

function sendError(res, error) {
  if (res.writableEnded || res.destroyed) return;
  const body = { ok: false, error_code: error.code, description: error.description };
  if (error.parameters) body.parameters = error.parameters;
  res.status(error.code).json(body);
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

// Parses query string + JSON / urlencoded / multipart bodies into flat params (+ uploads).
async function parseRequest(req) {
  const params = {};
  const files = {};
  const url = new URL(req.originalUrl || req.url, 'http://emulator.local');
  for (const [k, v] of url.searchParams) params[k] = v;
  const raw = await readBody(req);
  const type = String(req.headers['content-type'] || '').toLowerCase();
  if (raw.length) {
    if (type.startsWith('multipart/form-data')) {
      const form = await new Response(raw, { headers: { 'content-type': req.headers['content-type'] } }).formData();
      for (const [k, v] of form.entries()) {
        if (typeof v === 'string') params[k] = v;
        else files[k] = { filename: v.name || k, size: v.size, mime_type: v.type || '' };
      }
    } else if (type.startsWith('application/x-www-form-urlencoded')) {
      for (const [k, v] of new URLSearchParams(raw.toString('utf8'))) params[k] = v;
    } else {
      const parsed = JSON.parse(raw.toString('utf8'));
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) Object.assign(params, parsed);
    }
  }
  return { params, files };
}

const app = express();
app.disable('x-powered-by');

// Body parsing for every route (the stock sub-app's parsers then skip: req._body is set).
app.use((req, res, next) => {
  parseRequest(req).then(({ params, files }) => {
    req.body = params;
    req.files = files;
    // eslint-disable-next-line no-underscore-dangle
    req._body = true;
    next();
  }).catch(() => {
    if (req.path.startsWith('/bot')) sendError(res, badRequest("can't parse request body"));
    else res.status(400).json({ ok: false, error_code: 400, description: 'invalid request body' });
  });
});

app.all('/bot:token/:method', (req, res) => {
  const method = String(req.params.method).toLowerCase();
  const bot = botState(req.params.token);
  if (!bot) {
    sendError(res, new ApiError(401, 'Unauthorized'));
    return;
  }
  const handler = BOT_METHODS[method];
  if (!handler) {
    log(`unsupported Bot API method: ${req.params.method.replace(/[^A-Za-z0-9_]/g, '')}`);
    sendError(res, new ApiError(404, 'Not Found: method is not supported by the emulator'));
    return;
  }
  try {
    const result = handler(bot, req.body, req, res, req.files || {});
    if (result !== undefined) sendOk(res, result);
    debug(`${method} -> ${res.statusCode}`);
  } catch (error) {
    if (error instanceof ApiError) {
      debug(`${method} -> ${error.code}: ${error.description}`);
      if (error.code >= 400 && !OPTS.debug) log(`${method} -> ${error.code}: ${error.description}`);
      sendError(res, error);
    } else {
      log(`${method} failed: ${error && error.stack ? error.stack : error}`);
      sendError(res, new ApiError(500, 'Internal Server Error: emulator failure'));
    }
  }
});

// ---------------------------------------------------------------------------------------------
// client (test) side

function clientError(res, status, description) {
  res.status(status).json({ ok: false, error_code: status, description });
}

function clientBot(req, res) {
  const token = req.body.token ?? req.body.botToken;
  const bot = botState(typeof token === 'string' ? token : '');
  if (!bot) clientError(res, 400, 'a valid bot token is required in "token"');
  return bot;
}

function clientUser(body) {
  const from = body.from && typeof body.from === 'object' ? body.from : {};
  const user = {
    id: Number(from.id ?? body.userId ?? 1),
    is_bot: false,
    first_name: String(from.first_name ?? 'Test'),
  };
  for (const k of ['last_name', 'username', 'language_code']) {
    if (present(from[k])) user[k] = String(from[k]);
  }
  return user;
}

function clientChat(body, user) {
  const chat = body.chat && typeof body.chat === 'object' ? { ...body.chat } : null;
  if (chat && present(chat.id)) {
    chat.id = Number(chat.id);
    if (!chat.type) chat.type = chat.id > 0 ? 'private' : 'supergroup';
    return chat;
  }
  const id = present(body.chat_id ?? body.chatId) ? Number(body.chat_id ?? body.chatId) : user.id;
  if (id === user.id) {
    const privateChat = { id, type: 'private', first_name: user.first_name };
    if (user.username) privateChat.username = user.username;
    return privateChat;
  }
  return { id, type: id > 0 ? 'private' : 'supergroup', title: 'Test chat' };
}

function commandEntities(text) {
  const entities = [];
  const re = /(^|\s)(\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?)(?=$|\s)/g;
  for (const m of text.matchAll(re)) {
    entities.push({ type: 'bot_command', offset: m.index + m[1].length, length: m[2].length });
  }
  return entities;
}

async function clientSendMessage(req, res) {
  const bot = clientBot(req, res);
  if (!bot) return;
  const body = req.body;
  if (typeof body.text !== 'string' || body.text === '') {
    clientError(res, 400, 'text is required');
    return;
  }
  const from = clientUser(body);
  const chat = clientChat(body, from);
  chats.set(`${bot.token}|${chat.id}`, chat);
  const messageId = tg.messageId;
  const updateId = tg.updateId;
  const message = {
    botToken: bot.token, // required by telegram-test-api, stripped by formatUpdate
    from,
    chat,
    date: nowSec(),
    text: body.text,
  };
  const explicit = jsonValue(body.entities, 'entities');
  const entities = Array.isArray(explicit) ? explicit : commandEntities(body.text);
  if (entities.length) message.entities = entities;
  if (present(body.reply_to_message_id)) {
    const key = msgKey(bot.token, chat.id, Number(body.reply_to_message_id));
    const target = botMessages.get(key)?.message ?? userMessages.get(key)?.message;
    if (target) message.reply_to_message = clone(target);
  }
  const seq = eventSeq;
  try {
    if (entities.some((e) => e.type === 'bot_command' && e.offset === 0)) {
      await tg.addUserCommand(message);
    } else {
      await tg.addUserMessage(message);
    }
  } catch (_err) {
    clientError(res, 502, 'update delivery failed');
    return;
  }
  const { botToken: _token, ...stored } = message;
  userMessages.set(msgKey(bot.token, chat.id, messageId), {
    message: { ...stored, message_id: messageId }, deleted: false,
  });
  res.json({ ok: true, result: { message_id: messageId, update_id: updateId, seq } });
}

// Stock client routes, fixed: proper Message objects, bot_command entities, message ids.
app.post('/sendMessage', clientSendMessage);
app.post('/sendCommand', clientSendMessage);

// Stock /sendCallback, fixed: the callback carries the real bot message (by chat/message id)
// and chat_instance; the button must exist on that message.
app.post('/sendCallback', async (req, res) => {
  const bot = clientBot(req, res);
  if (!bot) return;
  const body = req.body;
  const from = clientUser(body);
  const msgRef = body.message && typeof body.message === 'object' ? body.message : {};
  const chatId = Number(body.chat_id ?? body.chatId ?? msgRef.chat?.id ?? from.id);
  const messageId = Number(body.message_id ?? body.messageId ?? msgRef.message_id);
  const record = botMessages.get(msgKey(bot.token, chatId, messageId));
  if (!record || record.deleted) {
    clientError(res, 400, 'no such bot message in this chat');
    return;
  }
  const data = body.data === undefined || body.data === null ? null : String(body.data);
  const rows = inlineOnly(record.markup)?.inline_keyboard ?? [];
  if (data === null || !rows.some((row) => row.some((b) => String(b.callback_data) === data))) {
    clientError(res, 400, 'the message has no inline button with this callback_data');
    return;
  }
  const callbackId = String(tg.callbackId);
  const updateId = tg.updateId;
  const seq = eventSeq;
  bot.callbacks.set(callbackId, { chatId, messageId, answered: false });
  try {
    await tg.addUserCallback({
      botToken: bot.token,
      from,
      message: clone(record.message),
      chat_instance: chatInstance(bot.token, chatId),
      data,
    });
  } catch (_err) {
    clientError(res, 502, 'update delivery failed');
    return;
  }
  res.json({ ok: true, result: { callback_query_id: callbackId, update_id: updateId, seq } });
});

// Extension: the event log of what the bot did (sent/edited/deleted/callback_answer),
// long-polled with `timeout` seconds, filtered by token and optionally chat_id.
app.post('/client/events', (req, res) => {
  const bot = clientBot(req, res);
  if (!bot) return;
  const after = Number(req.body.after ?? 0);
  const chatId = present(req.body.chat_id) ? Number(req.body.chat_id) : null;
  const timeout = Math.min(Math.max(Number(req.body.timeout ?? 0), 0), 60);
  const select = () => events.filter((e) => e.seq > after && e.token === bot.token
    && (chatId === null || e.chat_id === chatId)).map(({ token: _t, ...e }) => e);
  const reply = () => res.json({ ok: true, result: { events: select(), last_seq: eventSeq } });
  if (select().length || timeout === 0) {
    reply();
    return;
  }
  let timer = null;
  const done = () => {
    eventWaiters.delete(check);
    clearTimeout(timer);
    res.removeListener('close', done);
  };
  const check = () => {
    if (select().length) {
      done();
      reply();
    }
  };
  eventWaiters.add(check);
  res.on('close', done);
  timer = setTimeout(() => {
    done();
    reply();
  }, timeout * 1000);
});

// Extension: current state of the bot's messages in a chat (edits applied).
app.post('/client/messages', (req, res) => {
  const bot = clientBot(req, res);
  if (!bot) return;
  const chatId = Number(req.body.chat_id);
  const includeDeleted = toBool(req.body.include_deleted);
  const result = [...botMessages.values()]
    .filter((r) => r.token === bot.token && r.chatId === chatId && (includeDeleted || !r.deleted))
    .sort((a, b) => a.messageId - b.messageId)
    .map(messageView);
  res.json({ ok: true, result });
});

// Extension: bot-side status (has it started polling, commands, pending updates...).
app.post('/client/bot', (req, res) => {
  const bot = clientBot(req, res);
  if (!bot) return;
  res.json({
    ok: true,
    result: {
      id: bot.id,
      username: OPTS.botUsername,
      polls: bot.polls,
      polling_now: Boolean(bot.poll),
      last_poll_at: bot.lastPollAt,
      allowed_updates: bot.allowedUpdates,
      webhook: bot.webhook,
      pending_updates: pendingUpdates(bot).length,
      unanswered_callbacks: [...bot.callbacks.entries()]
        .filter(([, c]) => !c.answered).map(([id]) => id),
      commands: [...bot.commands.entries()].map(([key, commands]) => ({ key, commands })),
      last_seq: eventSeq,
    },
  });
});

app.get('/client/health', (_req, res) => {
  res.json({ ok: true, result: { last_seq: eventSeq } });
});

// Everything else: telegram-test-api's own routes (/getUpdates, /getUpdatesHistory, ...).
app.use(tg.webServer);

// ---------------------------------------------------------------------------------------------
// start / stop

const server = http.createServer(app);
// Long polls and aiohttp keep-alive pools: do not drop idle connections under the client.
server.keepAliveTimeout = 120 * 1000;
server.headersTimeout = 125 * 1000;
server.requestTimeout = 0;

let stopping = false;
function shutdown(code) {
  if (stopping) return;
  stopping = true;
  for (const bot of bots.values()) if (bot.poll) bot.poll.finish(null, []);
  server.close(() => process.exit(code));
  server.closeAllConnections();
  setTimeout(() => process.exit(code), 2000).unref();
}

process.on('SIGTERM', () => shutdown(0));
process.on('SIGINT', () => shutdown(0));
if (OPTS.exitOnStdinClose) {
  process.stdin.on('end', () => shutdown(0));
  process.stdin.on('close', () => shutdown(0));
  process.stdin.on('error', () => shutdown(0));
  process.stdin.resume();
}

server.on('error', (error) => {
  log(`cannot listen: ${error.code || error.message}`);
  process.exit(1);
});

server.listen(OPTS.port, OPTS.host, () => {
  const { port } = server.address();
  tg.started = true;
  process.stdout.write(`EMULATOR READY ${port}\n`);
});

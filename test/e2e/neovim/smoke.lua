-- Corpus Lens in a second editor: Neovim 0.7's built-in LSP client attaches the bundled server
-- (`node dist/server.js --stdio`) to one sample article, asks for a hover on a person's name and
-- reads the diagnostics the server pushes. Run headless by test/e2e/neovim/run.mjs, which passes
-- the paths in environment variables and reads the JSON this script writes.
--   nvim --headless --clean -u NONE -c "luafile test/e2e/neovim/smoke.lua"
local env = vim.env
local out = env.CORPUS_LENS_NVIM_RESULTS
local checks = {}

local function check(name, ok, detail)
  table.insert(checks, { name = name, ok = ok and true or false, detail = detail or '' })
end

local function finish()
  vim.fn.writefile({ vim.fn.json_encode(checks) }, out)
  vim.cmd('qall!')
end

local function main()
  local root = env.CORPUS_LENS_NVIM_ROOT
  local article = root .. '/' .. env.CORPUS_LENS_NVIM_ARTICLE
  local exited = nil
  local client_id = vim.lsp.start_client({
    name = 'corpus-lens',
    cmd = { env.CORPUS_LENS_NVIM_NODE, env.CORPUS_LENS_NVIM_SERVER, '--stdio' },
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = 'corpus' } },
    settings = { corpusLens = { language = 'en' } },
    on_exit = function(code, signal) exited = { code = code, signal = signal } end,
  })
  check('the server starts', client_id ~= nil, 'vim.lsp.start_client returned nil')
  if not client_id then return end

  vim.cmd('edit ' .. vim.fn.fnameescape(article))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, client_id)
  local initialized = vim.wait(20000, function()
    local c = vim.lsp.get_client_by_id(client_id)
    return exited ~= nil or (c ~= nil and c.initialized)
  end, 50)
  check('the server initializes', initialized and exited == nil, exited and ('the server exited with code ' .. tostring(exited.code)) or 'no initialize answer in 20 s')
  if not initialized or exited then return end

  -- The first mention of the name the hover is asked on, found by searching the text.
  local needle = env.CORPUS_LENS_NVIM_HOVER_ON
  local lnum, col
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local at = string.find(line, needle, 1, true)
    if at then lnum, col = i, at; break end
  end
  check('the article mentions ' .. needle, lnum ~= nil, needle .. ' not found')
  if lnum then
    vim.api.nvim_win_set_cursor(0, { lnum, col }) -- one byte into the name
    local params = vim.lsp.util.make_position_params()
    local answers, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 15000)
    local text = ''
    for _, answer in pairs(answers or {}) do
      local result = answer.result
      if result and result.contents then
        local c = result.contents
        text = text .. (type(c) == 'string' and c or (c.value or vim.inspect(c)))
      end
    end
    check('hover on ' .. needle .. ' returns a card naming him', string.find(text, needle, 1, true) ~= nil,
      'hover text: ' .. (err or (text ~= '' and text:sub(1, 300) or '(empty)')))
  end

  local got = vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 100)
  local diagnostics = vim.diagnostic.get(bufnr)
  local codes, sources = {}, {}
  for _, d in ipairs(diagnostics) do
    codes[tostring(d.code)] = (codes[tostring(d.code)] or 0) + 1
    sources[tostring(d.source)] = true
  end
  check('the server publishes diagnostics for the article', got and sources['corpus-lens'] == true,
    'diagnostics: ' .. vim.inspect(codes))
  local expected = env.CORPUS_LENS_NVIM_EXPECT_CODE
  check('the diagnostics include ' .. expected, (codes[expected] or 0) > 0, 'codes seen: ' .. vim.inspect(codes))
  table.insert(checks, { name = 'diagnostic counts', info = codes })

  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return exited ~= nil end, 50)
end

local ok, err = pcall(main)
if not ok then check('the smoke script runs without a Lua error', false, tostring(err)) end
finish()

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>yard::app</name>
    <message>
        <source>Project to open.</source>
        <translation>要打开的项目。</translation>
    </message>
</context>
<context>
    <name>yard::logging::LogFilter</name>
    <message>
        <source>status:%1: use a class (1xx to 5xx) or a code (100 to 599)</source>
        <translation>status:%1：请使用类别（1xx 到 5xx）或状态码（100 到 599）</translation>
    </message>
    <message>
        <source>method:%1: not a method name (GET, POST, …)</source>
        <translation>method:%1：不是方法名（GET、POST 等）</translation>
    </message>
    <message>
        <source>route:%1: use a route number (0, 1, …) or none</source>
        <translation>route:%1：请使用路由编号（0、1 等）或 none</translation>
    </message>
    <message>
        <source>%1:%2: use a time ago (30s, 10m, 2h, 7d) or a date (2024-05-01T12:00:00)</source>
        <translation>%1:%2：请使用时间间隔（30s、10m、2h、7d）或日期（2024-05-01T12:00:00）</translation>
    </message>
    <message>
        <source>min:%1: use a duration such as 250us, 100ms or 2s</source>
        <translation>min:%1：请使用时长，例如 250us、100ms 或 2s</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;; use one of: server, method, status, path, route, client, since, until, min</source>
        <translation>未知的筛选条件 &apos;%1&apos;；可用：server、method、status、path、route、client、since、until、min</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a filter term; write key:value, e.g. status:5xx</source>
        <translation>&apos;%1&apos; 不是筛选条件；请写成 key:value，例如 status:5xx</translation>
    </message>
    <message>
        <source>%1 needs a value after the colon</source>
        <translation>%1 的冒号后需要一个值</translation>
    </message>
</context>
<context>
    <name>yard::logging::LogQuery</name>
    <message>
        <source>%1: cannot read the request log: %2</source>
        <translation>%1：无法读取请求日志：%2</translation>
    </message>
</context>
<context>
    <name>yard::logging::LogSchema</name>
    <message>
        <source>written by a newer Yardmaster (log format %1; this one writes format %2)</source>
        <translation>由更新版本的 Yardmaster 写入（日志格式 %1；本版本写入格式 %2）</translation>
    </message>
</context>
<context>
    <name>yard::logging::LogWriter</name>
    <message>
        <source>cannot switch it to write-ahead logging</source>
        <translation>无法切换到预写日志（WAL）模式</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>%1: cannot use it as the request log: %2</source>
        <translation>%1：无法用作请求日志：%2</translation>
    </message>
    <message>
        <source>%1: the request log stopped writing: %2</source>
        <translation>%1：请求日志已停止写入：%2</translation>
    </message>
</context>
<context>
    <name>yard::project::ProjectFile</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the file is larger than 16 MiB; is it a project?</source>
        <translation>文件大于 16 MiB；这是项目文件吗？</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>yard::project::ProjectReader</name>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing; add it (%2)</source>
        <translation>缺少 &quot;%1&quot;；请添加（%2）</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>必须是字符串，而不是%1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>必须是 true 或 false，而不是%1</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>必须是整数，而不是%1</translation>
    </message>
    <message>
        <source>%1 is out of range (use %2)</source>
        <translation>%1 超出范围（可用：%2）</translation>
    </message>
    <message>
        <source>must be an object {…}, not %1</source>
        <translation>必须是对象 {…}，而不是%1</translation>
    </message>
    <message>
        <source>must be an array […], not %1</source>
        <translation>必须是数组 […]，而不是%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting of %2; remove it or use one of: %3</source>
        <translation>&quot;%1&quot; 不是 %2 的设置项；请删除，或使用以下之一：%3</translation>
    </message>
    <message>
        <source>0 to 86400 seconds; Chromium keeps at most 7200</source>
        <translation>0 到 86400 秒；Chromium 最多保留 7200 秒</translation>
    </message>
    <message>
        <source>credentials cannot go with &quot;origins&quot;: &quot;*&quot; (browsers refuse it, per the Fetch standard); list the origins instead</source>
        <translation>credentials 不能与 &quot;origins&quot;: &quot;*&quot; 同时使用（根据 Fetch 标准，浏览器会拒绝）；请改为逐一列出源</translation>
    </message>
    <message>
        <source>cors</source>
        <translation>cors</translation>
    </message>
    <message>
        <source>&quot;origins&quot; is missing; add it (&quot;*&quot; or a list such as [&quot;http://localhost:3000&quot;])</source>
        <translation>缺少 &quot;origins&quot;；请添加（&quot;*&quot; 或列表，例如 [&quot;http://localhost:3000&quot;]）</translation>
    </message>
    <message>
        <source>must be &quot;*&quot; or a list of origins, such as [&quot;http://localhost:3000&quot;]</source>
        <translation>必须是 &quot;*&quot; 或源列表，例如 [&quot;http://localhost:3000&quot;]</translation>
    </message>
    <message>
        <source>list at least one origin, or use &quot;*&quot; for any</source>
        <translation>请至少列出一个源，或用 &quot;*&quot; 表示任意源</translation>
    </message>
    <message>
        <source>&quot;*&quot; stands alone; write &quot;origins&quot;: &quot;*&quot;</source>
        <translation>&quot;*&quot; 只能单独使用；请写成 &quot;origins&quot;: &quot;*&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin (use scheme://host:port, such as &quot;http://localhost:3000&quot;)</source>
        <translation>&quot;%1&quot; 不是源（请使用 scheme://host:port，例如 &quot;http://localhost:3000&quot;）</translation>
    </message>
    <message>
        <source>browsers send this origin as &quot;%1&quot;; write it so</source>
        <translation>浏览器以 &quot;%1&quot; 的形式发送此源；请照此书写</translation>
    </message>
    <message>
        <source>must be an HTTP method, such as &quot;PUT&quot;</source>
        <translation>必须是 HTTP 方法，例如 &quot;PUT&quot;</translation>
    </message>
    <message>
        <source>must be a header name, such as &quot;Content-Type&quot;</source>
        <translation>必须是标头名称，例如 &quot;Content-Type&quot;</translation>
    </message>
    <message>
        <source>methods are case-sensitive; write &quot;%1&quot;</source>
        <translation>方法区分大小写；请写成 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header name (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only)</source>
        <translation>&quot;%1&quot; 不是标头名称（只能包含字母、数字和 !#$%&amp;&apos;*+-.^_`|~）</translation>
    </message>
    <message>
        <source>%1 is set by Yardmaster itself; remove it</source>
        <translation>%1 由 Yardmaster 自行设置；请删除</translation>
    </message>
    <message>
        <source>%1 belongs to CORS; set &quot;cors&quot; on the server or the route instead</source>
        <translation>%1 属于 CORS；请改为在服务器或路由上设置 &quot;cors&quot;</translation>
    </message>
    <message>
        <source>a header value must be a string</source>
        <translation>标头值必须是字符串</translation>
    </message>
    <message>
        <source>a header value must be on one line</source>
        <translation>标头值必须在同一行内</translation>
    </message>
    <message>
        <source>1 to 1000000</source>
        <translation>1 到 1000000</translation>
    </message>
    <message>
        <source>1 to 1000000 requests</source>
        <translation>1 到 1000000 个请求</translation>
    </message>
    <message>
        <source>list at least one path prefix, or remove &quot;paths&quot; to limit every path</source>
        <translation>请至少列出一个路径前缀，或删除 &quot;paths&quot; 以限制所有路径</translation>
    </message>
    <message>
        <source>must be a path prefix starting with &quot;/&quot;, such as &quot;/api&quot;</source>
        <translation>必须是以 &quot;/&quot; 开头的路径前缀，例如 &quot;/api&quot;</translation>
    </message>
    <message>
        <source>rateLimit</source>
        <translation>rateLimit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an error status (use 400 to 599, such as &quot;404&quot;)</source>
        <translation>&quot;%1&quot; 不是错误状态码（请使用 400 到 599，例如 &quot;404&quot;）</translation>
    </message>
    <message>
        <source>must be the path of a file, such as &quot;errors/404.html&quot;</source>
        <translation>必须是文件路径，例如 &quot;errors/404.html&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist (relative paths start at the project file&apos;s folder, %2)</source>
        <translation>&quot;%1&quot; 不存在（相对路径从项目文件所在的文件夹 %2 开始）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; give the path of a file</source>
        <translation>&quot;%1&quot; 是文件夹；请指定文件路径</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than 1 MiB; an error page should be small</source>
        <translation>&quot;%1&quot; 大于 1 MiB；错误页应当精简</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses &quot;{{%2}}&quot;; an error page has no path captures (use query.X, header.X or body.X)</source>
        <translation>&quot;%1&quot; 使用了 &quot;{{%2}}&quot;；错误页没有路径参数（请使用 query.X、header.X 或 body.X）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>&quot;*&quot; may only be the last segment (&quot;/files/*&quot;)</source>
        <translation>&quot;*&quot; 只能是最后一段（&quot;/files/*&quot;）</translation>
    </message>
    <message>
        <source>&quot;*&quot; must be a whole segment (&quot;/files/*&quot;, not &quot;/files*&quot;)</source>
        <translation>&quot;*&quot; 必须独占一段（&quot;/files/*&quot;，而不是 &quot;/files*&quot;）</translation>
    </message>
    <message>
        <source>a capture starts its segment (&quot;/users/:id&quot;)</source>
        <translation>参数必须位于段首（&quot;/users/:id&quot;）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a capture name (use letters, digits and _, starting with a letter)</source>
        <translation>&quot;%1&quot; 不是参数名（请使用字母、数字和 _，并以字母开头）</translation>
    </message>
    <message>
        <source>&quot;:%1&quot; is captured twice; give each capture its own name</source>
        <translation>&quot;:%1&quot; 出现了两次；请为每个参数使用不同的名称</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with &quot;/&quot;</source>
        <translation>&quot;%1&quot; 必须以 &quot;/&quot; 开头</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space or control character; percent-encode it</source>
        <translation>&quot;%1&quot; 包含空格或控制字符；请进行百分号编码</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains &quot;%2&quot;; routes match the path only, remove the query</source>
        <translation>&quot;%1&quot; 包含 &quot;%2&quot;；路由只匹配路径，请删除查询字符串</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty segment (&quot;//&quot;); remove the extra &quot;/&quot;</source>
        <translation>&quot;%1&quot; 含有空段（&quot;//&quot;）；请删除多余的 &quot;/&quot;</translation>
    </message>
    <message>
        <source>this file was written by a newer Yardmaster (format %1); this one reads format %2 and older, update Yardmaster</source>
        <translation>此文件由更新版本的 Yardmaster 写入（格式 %1）；本版本只能读取格式 %2 及更早的格式，请更新 Yardmaster</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>a server must be an object {&quot;name&quot;: …, &quot;port&quot;: …}</source>
        <translation>服务器必须是对象 {&quot;name&quot;: …, &quot;port&quot;: …}</translation>
    </message>
    <message>
        <source>a server needs a name, such as &quot;web&quot;</source>
        <translation>服务器需要名称，例如 &quot;web&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address to listen on (use 127.0.0.1, ::1, localhost, or 0.0.0.0 for every interface)</source>
        <translation>&quot;%1&quot; 不是可监听的地址（请使用 127.0.0.1、::1、localhost，或用 0.0.0.0 监听所有接口）</translation>
    </message>
    <message>
        <source>0 to 65535; 0 picks a free port</source>
        <translation>0 到 65535；0 表示自动选择空闲端口</translation>
    </message>
    <message>
        <source>1 to 64 threads</source>
        <translation>1 到 64 个线程</translation>
    </message>
    <message>
        <source>a server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cookie name (no spaces, &quot;=&quot; or &quot;;&quot;)</source>
        <translation>&quot;%1&quot; 不是 Cookie 名称（不能含空格、&quot;=&quot; 或 &quot;;&quot;）</translation>
    </message>
    <message>
        <source>0 to 34560000 seconds, 400 days</source>
        <translation>0 到 34560000 秒，即 400 天</translation>
    </message>
    <message>
        <source>must be a path starting with &quot;/&quot;, such as &quot;/dashboard&quot;</source>
        <translation>必须是以 &quot;/&quot; 开头的路径，例如 &quot;/dashboard&quot;</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>0 for no limit, or more</source>
        <translation>0 表示不限制，或更大的值</translation>
    </message>
    <message>
        <source>0 for no limit, up to 3650 days</source>
        <translation>0 表示不限制，最多 3650 天</translation>
    </message>
    <message>
        <source>log</source>
        <translation>log</translation>
    </message>
    <message>
        <source>0 or more bytes</source>
        <translation>0 或更多字节</translation>
    </message>
    <message>
        <source>1024 to 1048576 bytes</source>
        <translation>1024 到 1048576 字节</translation>
    </message>
    <message>
        <source>100 to 600000 milliseconds</source>
        <translation>100 到 600000 毫秒</translation>
    </message>
    <message>
        <source>100 to 3600000 milliseconds</source>
        <translation>100 到 3600000 毫秒</translation>
    </message>
    <message>
        <source>limits</source>
        <translation>limits</translation>
    </message>
    <message>
        <source>another server is already named &quot;%1&quot;; give each server its own name</source>
        <translation>已有服务器名为 &quot;%1&quot;；请为每个服务器使用不同的名称</translation>
    </message>
    <message>
        <source>another server already listens on %1; use another port</source>
        <translation>已有服务器在监听 %1；请使用其他端口</translation>
    </message>
    <message>
        <source>a project is a JSON object {&quot;version&quot;: 1, &quot;servers&quot;: […]}</source>
        <translation>项目是一个 JSON 对象 {&quot;version&quot;: 1, &quot;servers&quot;: […]}</translation>
    </message>
    <message>
        <source>1 for this file format</source>
        <translation>此文件格式为 1</translation>
    </message>
    <message>
        <source>add at least one server</source>
        <translation>请至少添加一个服务器</translation>
    </message>
    <message>
        <source>a project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>a route must be an object {&quot;path&quot;: …, &quot;action&quot;: …}</source>
        <translation>路由必须是对象 {&quot;path&quot;: …, &quot;action&quot;: …}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action (use respond, redirect, static, proxy, websocket, sse or health)</source>
        <translation>&quot;%1&quot; 不是动作（请使用 respond、redirect、static、proxy、websocket、sse 或 health）</translation>
    </message>
    <message>
        <source>a %1 route mounts a prefix; remove the &quot;:&quot; capture (&quot;/assets&quot; or &quot;/assets/*&quot;)</source>
        <translation>%1 路由挂载的是前缀；请删除 &quot;:&quot; 参数（&quot;/assets&quot; 或 &quot;/assets/*&quot;）</translation>
    </message>
    <message>
        <source>a %1 route</source>
        <translation>%1 路由</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP method (use GET, POST, … or &quot;*&quot; for any)</source>
        <translation>&quot;%1&quot; 不是 HTTP 方法（请使用 GET、POST 等，或用 &quot;*&quot; 表示任意方法）</translation>
    </message>
    <message>
        <source>200 to 599</source>
        <translation>200 到 599</translation>
    </message>
    <message>
        <source>0 to 60000 milliseconds</source>
        <translation>0 到 60000 毫秒</translation>
    </message>
    <message>
        <source>a route has &quot;body&quot; or &quot;bodyFile&quot;, not both; remove one</source>
        <translation>路由只能有 &quot;body&quot; 或 &quot;bodyFile&quot; 之一；请删除其中一个</translation>
    </message>
    <message>
        <source>a %1 response has no body; remove the body or use 200</source>
        <translation>%1 响应没有正文；请删除正文或改用 200</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a redirect target (use a path such as &quot;/new-page&quot; or an http(s):// URL)</source>
        <translation>&quot;%1&quot; 不是重定向目标（请使用 &quot;/new-page&quot; 这样的路径或 http(s):// URL）</translation>
    </message>
    <message>
        <source>301 to 308</source>
        <translation>301 到 308</translation>
    </message>
    <message>
        <source>%1 is not a redirect status (use 301, 302, 303, 307 or 308)</source>
        <translation>%1 不是重定向状态码（请使用 301、302、303、307 或 308）</translation>
    </message>
    <message>
        <source>0 to 315360000 seconds, ten years</source>
        <translation>0 到 315360000 秒，即十年</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an upstream URL (use http://HOST:PORT with an optional path, such as &quot;http://127.0.0.1:3000&quot;)</source>
        <translation>&quot;%1&quot; 不是上游 URL（请使用 http://HOST:PORT，可带路径，例如 &quot;http://127.0.0.1:3000&quot;）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a file; a static root must be a folder</source>
        <translation>&quot;%1&quot; 是文件；静态文件夹的根必须是文件夹</translation>
    </message>
    <message>
        <source>%1 is not a capture of this route&apos;s path (it has none; add &quot;:%2&quot; to the path)</source>
        <translation>%1 不是此路由路径中的参数（路径中没有参数；请在路径中添加 &quot;:%2&quot;）</translation>
    </message>
    <message>
        <source>%1 is not a capture of this route&apos;s path (captures: %2)</source>
        <translation>%1 不是此路由路径中的参数（参数：%2）</translation>
    </message>
    <message>
        <source>%1 does not name a header (write header.NAME, such as header.User-Agent)</source>
        <translation>%1 不是标头（请写成 header.NAME，例如 header.User-Agent）</translation>
    </message>
    <message>
        <source>%1 is not a body field path (use names and indices separated by dots, such as body.user.name or body.items.0)</source>
        <translation>%1 不是正文字段路径（请使用以点分隔的名称和索引，例如 body.user.name 或 body.items.0）</translation>
    </message>
    <message>
        <source>%1 does not name a query parameter (write query.NAME, such as query.page)</source>
        <translation>%1 不是查询参数（请写成 query.NAME，例如 query.page）</translation>
    </message>
    <message>
        <source>%1 is not a session value (use session.user)</source>
        <translation>%1 不是会话值（请使用 session.user）</translation>
    </message>
    <message>
        <source>%1 is not a template value (use params.X, query.X, header.X, body.X or session.user)</source>
        <translation>%1 不是模板值（请使用 params.X、query.X、header.X、body.X 或 session.user）</translation>
    </message>
    <message>
        <source>&quot;{{&quot; is not closed; write &quot;}}&quot; after the value name</source>
        <translation>&quot;{{&quot; 未闭合；请在值名称后写上 &quot;}}&quot;</translation>
    </message>
    <message>
        <source>needs the server&apos;s &quot;sessions&quot; settings, such as &quot;sessions&quot;: {&quot;protect&quot;: []}</source>
        <translation>需要服务器的 &quot;sessions&quot; 设置，例如 &quot;sessions&quot;: {&quot;protect&quot;: []}</translation>
    </message>
    <message>
        <source>must be a plain path starting with &quot;/&quot; (no query, &quot;*&quot; or &quot;:&quot;), such as &quot;/login&quot;</source>
        <translation>必须是以 &quot;/&quot; 开头的普通路径（不含查询、&quot;*&quot; 或 &quot;:&quot;），例如 &quot;/login&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable name (letters, digits and &quot;_&quot;, not starting with a digit), such as &quot;WEB_API_KEYS&quot;</source>
        <translation>&quot;%1&quot; 不是环境变量名（字母、数字和 &quot;_&quot;，不能以数字开头），例如 &quot;WEB_API_KEYS&quot;</translation>
    </message>
</context>
<context>
    <name>yard::proxy::ProxyExchange</name>
    <message>
        <source>connection failed (%1)</source>
        <translation>连接失败（%1）</translation>
    </message>
    <message>
        <source>it closed the connection without answering</source>
        <translation>它未作应答就关闭了连接</translation>
    </message>
    <message>
        <source>it did not accept a connection within %1 ms</source>
        <translation>它在 %1 毫秒内未接受连接</translation>
    </message>
    <message>
        <source>it did not answer within %1 ms</source>
        <translation>它在 %1 毫秒内没有应答</translation>
    </message>
    <message>
        <source>it sent nothing for %1 ms</source>
        <translation>它在 %1 毫秒内没有发送任何数据</translation>
    </message>
    <message>
        <source>504 Gateway Timeout</source>
        <translation>504 网关超时</translation>
    </message>
    <message>
        <source>502 Bad Gateway</source>
        <translation>502 网关错误</translation>
    </message>
    <message>
        <source>Is your dev server running on %1?</source>
        <translation>你的开发服务器是否在 %1 上运行？</translation>
    </message>
    <message>
        <source>Yardmaster could not get an answer from the upstream %1: %2.</source>
        <translation>Yardmaster 未能从上游 %1 获得应答：%2。</translation>
    </message>
    <message>
        <source>its response was not valid HTTP (%1)</source>
        <translation>它的应答不是有效的 HTTP（%1）</translation>
    </message>
    <message>
        <source>it switched protocols without being asked to</source>
        <translation>它在未被请求的情况下切换了协议</translation>
    </message>
    <message>
        <source>its chunked body was malformed</source>
        <translation>它的 chunked 正文格式错误</translation>
    </message>
</context>
<context>
    <name>yard::proxy::ProxyTarget</name>
    <message>
        <source>the upstream host %1 does not resolve: %2</source>
        <translation>无法解析上游主机 %1：%2</translation>
    </message>
</context>
<context>
    <name>yard::routing::LoginPage</name>
    <message>
        <source>Too many attempts. Wait a minute, then try again.</source>
        <translation>尝试次数过多。请等待一分钟后再试。</translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>yard::routing::RouteTable</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: sessions need a data folder for their key and users</source>
        <translation>%1：会话需要一个数据文件夹来存放密钥和用户</translation>
    </message>
</context>
<context>
    <name>yard::server::ServerInstance</name>
    <message>
        <source>%1: &quot;%2&quot; is not an address to listen on</source>
        <translation>%1：&quot;%2&quot; 不是可监听的地址</translation>
    </message>
    <message>
        <source>%1: cannot listen on %2:%3: %4</source>
        <translation>%1：无法监听 %2:%3：%4</translation>
    </message>
</context>
<context>
    <name>yard::sessions::SessionDatabase</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user name (1 to 64 characters, no spaces)</source>
        <translation>&quot;%1&quot; 不是用户名（1 到 64 个字符，不含空格）</translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation>密码为空</translation>
    </message>
    <message>
        <source>no user named &quot;%1&quot;</source>
        <translation>没有名为 &quot;%1&quot; 的用户</translation>
    </message>
</context>
<context>
    <name>yard::sessions::SessionKeyFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a session key (%2 bytes, expected %3); delete it to make a new one (every session ends)</source>
        <translation>%1 不是会话密钥（%2 字节，应为 %3）；删除它即可生成新密钥（所有会话都将结束）</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>yard::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
</context>
<context>
    <name>yard::ui::MainWindow</name>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>No project open — open a project file (File ▸ Open), or start with the demo project in resources/demo.</source>
        <translation>未打开项目 — 请打开项目文件（文件 ▸ 打开），或从 resources/demo 中的演示项目开始。</translation>
    </message>
    <message>
        <source>Starting servers from the window is not available yet; run them with: yardmaster serve PROJECT</source>
        <translation>暂不支持从窗口启动服务器；请用以下命令运行：yardmaster serve PROJECT</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Yardmaster</source>
        <translation>关于 Yardmaster(&amp;A)</translation>
    </message>
    <message>
        <source>About Yardmaster</source>
        <translation>关于 Yardmaster</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yardmaster %1&lt;/b&gt;&lt;br&gt;Local HTTP and WebSocket servers for web developers.</source>
        <translation>&lt;b&gt;Yardmaster %1&lt;/b&gt;&lt;br&gt;面向 Web 开发者的本地 HTTP 和 WebSocket 服务器。</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s) and was not opened.</source>
        <translation>
            <numerusform>%1 有 %n 个错误，未打开。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  :%2</source>
        <translation>%1  :%2</translation>
    </message>
    <message>
        <source>%1 · http://%2:%3</source>
        <translation>%1 · http://%2:%3</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Yardmaster projects (*.yard.json);;JSON files (*.json);;All files (*)</source>
        <translation>Yardmaster 项目 (*.yard.json);;JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>yard::ui::RouteListWidget</name>
    <message>
        <source>Routes</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <source>→ %1 (%2)</source>
        <translation>→ %1（%2）</translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>文件夹 %1</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>chat rooms</source>
        <translation>聊天室</translation>
    </message>
    <message>
        <source>server-sent events</source>
        <translation>Server-Sent Events</translation>
    </message>
    <message>
        <source>health check (JSON)</source>
        <translation>健康检查（JSON）</translation>
    </message>
</context>
</TS>

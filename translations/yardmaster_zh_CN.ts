<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>RouteSummary</name>
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
        <source>&apos;%1&apos; is not a filter term; write key:value, e.g. status:5xx</source>
        <translation>&apos;%1&apos; 不是筛选条件；请写成 key:value，例如 status:5xx</translation>
    </message>
    <message>
        <source>%1 needs a value after the colon</source>
        <translation>%1 的冒号后需要一个值</translation>
    </message>
    <message>
        <source>connection:%1: use a connection number (1, 2, …)</source>
        <translation>connection:%1:请使用连接编号(1, 2, …)</translation>
    </message>
    <message>
        <source>%1: filters WebSocket and SSE events, not requests</source>
        <translation>%1:筛选 WebSocket 和 SSE 事件,而不是请求</translation>
    </message>
    <message>
        <source>direction:%1: use in (client to server) or out</source>
        <translation>direction:%1:请使用 in(客户端到服务器)或 out</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;; use one of: server, method, status, path, route, client, since, until, min, connection, channel, direction, text</source>
        <translation>未知的筛选器“%1”;请使用以下之一:server, method, status, path, route, client, since, until, min, connection, channel, direction, text</translation>
    </message>
    <message>
        <source>%1 filters requests and %2 filters events: no row can match both</source>
        <translation>%1 筛选请求,%2 筛选事件:没有行能同时匹配两者</translation>
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
    <name>yard::logging::LogSpool</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>无法锁定 %1</translation>
    </message>
    <message>
        <source>the spool %1 is damaged</source>
        <translation>缓冲区 %1 已损坏</translation>
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
    <message>
        <source>0 (none) to 3600000 milliseconds</source>
        <translation>0（无）到 3600000 毫秒</translation>
    </message>
    <message>
        <source>0 to 100000 events</source>
        <translation>0 到 100000 个事件</translation>
    </message>
    <message>
        <source>1 to 3600000 milliseconds</source>
        <translation>1 到 3600000 毫秒</translation>
    </message>
    <message>
        <source>a room pattern has 1 to %1 characters: names and the wildcards * (any run of characters) and ? (one character), such as &quot;team-*&quot;</source>
        <translation>房间模式为 1 到 %1 个字符：名称和通配符 *（任意字符序列）与 ?（单个字符），例如 &quot;team-*&quot;</translation>
    </message>
    <message>
        <source>1 to 10000 rooms</source>
        <translation>1 到 10000 个房间</translation>
    </message>
    <message>
        <source>128 to 16777216 bytes</source>
        <translation>128 到 16777216 字节</translation>
    </message>
    <message>
        <source>0 to 100000; 0 = unlimited</source>
        <translation>0 到 100000；0 表示不限</translation>
    </message>
    <message>
        <source>0 to 10000 messages</source>
        <translation>0 到 10000 条消息</translation>
    </message>
    <message>
        <source>1000 to 3600000 milliseconds</source>
        <translation>1000 到 3600000 毫秒</translation>
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
    <name>yard::realtime::RoomHistoryStore</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>chat history is no longer saved to %1: %2</source>
        <translation>聊天记录不再保存到 %1：%2</translation>
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
    <name>yard::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Saving the user</source>
        <translation>正在保存用户</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Could not add the user: %1</source>
        <translation>无法添加用户：%1</translation>
    </message>
</context>
<context>
    <name>yard::ui::CloseChoice</name>
    <message>
        <source>Keep the servers running in the tray?</source>
        <translation>让服务器在托盘中继续运行？</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) still running. They can keep serving while the window is closed; the tray icon brings the window back.</source>
        <translation>
            <numerusform>仍有 %n 个服务器在运行。关闭窗口后它们仍可继续响应；点击托盘图标可重新打开窗口。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>继续运行(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Stop and Quit</source>
        <translation>停止并退出(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again</source>
        <translation>不再询问(&amp;D)</translation>
    </message>
</context>
<context>
    <name>yard::ui::ConnectionTableModel</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>连接时间</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
</context>
<context>
    <name>yard::ui::ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Open connections:</source>
        <translation>打开的连接：</translation>
    </message>
    <message>
        <source>the server is stopped</source>
        <translation>服务器已停止</translation>
    </message>
    <message>
        <source>Requests served:</source>
        <translation>已处理的请求：</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>已接收：</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>已发送：</translation>
    </message>
    <message>
        <source>Every open connection of this server: plain HTTP (keep-alive), WebSocket and event streams, with their client, user, rooms and traffic. Kick closes the selected ones; a WebSocket client is told why (close code 1008).</source>
        <translation>此服务器的所有打开连接：普通 HTTP（keep-alive）、WebSocket 和事件流，显示其客户端、用户、房间和流量。“断开”会关闭所选连接；WebSocket 客户端会收到原因（关闭代码 1008）。</translation>
    </message>
</context>
<context>
    <name>yard::ui::ConnectionsPanel</name>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n 个连接</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by address, user, protocol, room…</source>
        <translation>按地址、用户、协议、房间筛选…</translation>
    </message>
    <message>
        <source>Filter connections</source>
        <translation>筛选连接</translation>
    </message>
    <message>
        <source>Live connections</source>
        <translation>实时连接</translation>
    </message>
    <message>
        <source>Kick</source>
        <translation>断开</translation>
    </message>
    <message>
        <source>Close the selected connections</source>
        <translation>关闭所选连接</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>发送…</translation>
    </message>
    <message>
        <source>Send a message to the selected WebSocket or event stream</source>
        <translation>向所选 WebSocket 或事件流发送消息</translation>
    </message>
    <message>
        <source>connection %1 (%2, %3)</source>
        <translation>连接 %1（%2，%3）</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>已发送到 %1。</translation>
    </message>
    <message>
        <source>%1 is gone; nothing was sent.</source>
        <translation>%1 已不存在；未发送任何内容。</translation>
    </message>
</context>
<context>
    <name>yard::ui::ConversationPane</name>
    <message>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Messages of this connection</source>
        <translation>此连接的消息</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Send to This Connection…</source>
        <translation>发送到此连接…</translation>
    </message>
    <message>
        <source>Send a message to this client as the server</source>
        <translation>以服务器身份向此客户端发送消息</translation>
    </message>
    <message>
        <source>Event stream, connection %1</source>
        <translation>事件流,连接 %1</translation>
    </message>
    <message>
        <source>WebSocket, connection %1</source>
        <translation>WebSocket,连接 %1</translation>
    </message>
    <message>
        <source>Reading its messages…</source>
        <translation>正在读取其消息…</translation>
    </message>
    <message>
        <source>Cannot read this conversation: %1</source>
        <translation>无法读取此会话:%1</translation>
    </message>
    <message>
        <source>Published to the channel, not to one connection.</source>
        <translation>发布到频道,而不是某个连接。</translation>
    </message>
    <message>
        <source>Open, or ended without its request logged yet.</source>
        <translation>仍在打开,或已结束但其请求尚未记录。</translation>
    </message>
    <message>
        <source>%1 %2 → %3 from %4
Open %5 · %6 in · %7 out.</source>
        <translation>%1 %2 → %3,来自 %4
打开 %5 · 收到 %6 · 发出 %7。</translation>
    </message>
    <message>
        <source>Showing its first %L1 messages.</source>
        <translation>显示其前 %L1 条消息。</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>没有消息。</translation>
    </message>
</context>
<context>
    <name>yard::ui::HeadersEditor</name>
    <message>
        <source>Header</source>
        <translation>标头</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>响应标头</translation>
    </message>
    <message>
        <source>Add a header</source>
        <translation>添加标头</translation>
    </message>
    <message>
        <source>Remove the selected header</source>
        <translation>删除所选标头</translation>
    </message>
</context>
<context>
    <name>yard::ui::InfoPage</name>
    <message>
        <source>Answers 200 with JSON: status, uptime, open connections and requests served. No settings of its own.</source>
        <translation>以 JSON 返回 200：状态、运行时间、打开的连接数和已处理的请求数。没有自己的设置。</translation>
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
    <name>yard::ui::LogDetailPane</name>
    <message>
        <source>Request details</source>
        <translation>请求详情</translation>
    </message>
    <message>
        <source>Select a request to see what the log recorded of it.</source>
        <translation>请选择一个请求，查看日志记录的内容。</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>复制为 curl</translation>
    </message>
    <message>
        <source>Copy a curl command that repeats this request (Ctrl+Shift+C)</source>
        <translation>复制可重发此请求的 curl 命令（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>(server address unknown)</source>
        <translation>（服务器地址未知）</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>用户代理</translation>
    </message>
    <message>
        <source>(none sent)</source>
        <translation>（未发送）</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1… (shortened)</source>
        <translation>%1…（已截短）</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>%1 µs (first byte in to last byte out)</source>
        <translation>%1 µs（从收到第一个字节到发出最后一个字节）</translation>
    </message>
    <message>
        <source>Log row</source>
        <translation>日志行</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>method (kept %1 bytes)</source>
        <translation>方法（保留 %1 字节）</translation>
    </message>
    <message>
        <source>target (kept %1 bytes)</source>
        <translation>目标（保留 %1 字节）</translation>
    </message>
    <message>
        <source>client (kept %1 bytes)</source>
        <translation>客户端（保留 %1 字节）</translation>
    </message>
    <message>
        <source>user agent (kept %1 bytes)</source>
        <translation>用户代理（保留 %1 字节）</translation>
    </message>
    <message>
        <source>session (kept %1 bytes)</source>
        <translation>会话（保留 %1 字节）</translation>
    </message>
    <message>
        <source>Cut to fit the log</source>
        <translation>为适应日志而截断</translation>
    </message>
    <message>
        <source>Headers and bodies are not recorded: the request log stores the request line, status, sizes, timing and client of each request, not its header fields or body.</source>
        <translation>不记录标头和正文：请求日志只保存每个请求的请求行、状态码、大小、耗时和客户端，不保存其标头字段或正文。</translation>
    </message>
    <message>
        <source>Create Route…</source>
        <translation>创建路由…</translation>
    </message>
    <message>
        <source>Create a route from this request</source>
        <translation>根据此请求创建路由</translation>
    </message>
    <message>
        <source>Add a route that answers this request (a mock for a 404, say) and open it in the route editor</source>
        <translation>添加一个响应此请求的路由（例如为 404 创建模拟），并在路由编辑器中打开</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>重放</translation>
    </message>
    <message>
        <source>Send this request again</source>
        <translation>再次发送此请求</translation>
    </message>
    <message>
        <source>Send the same method and path to the running server again (the log keeps no body or other headers); the new request joins the log</source>
        <translation>将相同的方法和路径再次发送到运行中的服务器（日志不保存正文和其他标头）；新请求会加入日志</translation>
    </message>
    <message>
        <source>Replaying…</source>
        <translation>正在重放…</translation>
    </message>
    <message>
        <source>Replayed: %1 in %2 ms</source>
        <translation>已重放：%1，耗时 %2 毫秒</translation>
    </message>
    <message>
        <source>Replay failed: %1</source>
        <translation>重放失败：%1</translation>
    </message>
</context>
<context>
    <name>yard::ui::LogExportFile</name>
    <message>
        <source>%1: cannot export: %2</source>
        <translation>%1：无法导出：%2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>yard::ui::LogFilterBar</name>
    <message>
        <source>Log filters</source>
        <translation>日志筛选</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Show requests of one method only</source>
        <translation>只显示某一方法的请求</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>任意方法</translation>
    </message>
    <message>
        <source>%1xx</source>
        <translation>%1xx</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>状态码 %1</translation>
    </message>
    <message>
        <source>Show %1 responses (several chips: any of them)</source>
        <translation>显示 %1 响应（选中多个时：任一即可）</translation>
    </message>
    <message>
        <source>Path filter</source>
        <translation>路径筛选</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Client filter</source>
        <translation>客户端筛选</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>客户端地址</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>最近 5 分钟</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>最近 15 分钟</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Filter expression</source>
        <translation>筛选表达式</translation>
    </message>
    <message>
        <source>More filters, as in yardmaster logs --filter: status:404 min:100ms since:10m</source>
        <translation>更多筛选，与 yardmaster logs --filter 相同：status:404 min:100ms since:10m</translation>
    </message>
    <message>
        <source>Filter expression error</source>
        <translation>筛选表达式错误</translation>
    </message>
    <message>
        <source>Any route</source>
        <translation>任意路由</translation>
    </message>
    <message>
        <source>No route matched</source>
        <translation>无匹配路由</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Filter expression: %1</source>
        <translation>筛选表达式：%1</translation>
    </message>
    <message>
        <source>Path or message contains… (* matches anything)</source>
        <translation>路径或消息包含…(* 匹配任意内容)</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>WS</source>
        <translation>WS</translation>
    </message>
    <message>
        <source>SSE</source>
        <translation>SSE</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>WebSocket messages</source>
        <translation>WebSocket 消息</translation>
    </message>
    <message>
        <source>Event stream events</source>
        <translation>事件流事件</translation>
    </message>
    <message>
        <source>Show requests in the timeline</source>
        <translation>在时间线中显示请求</translation>
    </message>
    <message>
        <source>Show WebSocket messages in the timeline</source>
        <translation>在时间线中显示 WebSocket 消息</translation>
    </message>
    <message>
        <source>Show event stream events in the timeline</source>
        <translation>在时间线中显示事件流事件</translation>
    </message>
</context>
<context>
    <name>yard::ui::LogHealthLabel</name>
    <message>
        <source>Request log health</source>
        <translation>请求日志状态</translation>
    </message>
    <message>
        <source>Not logging: %1</source>
        <translation>未在记录日志：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) dropped: the log could not keep up</source>
        <translation>
            <numerusform>已丢弃 %Ln 条记录：日志跟不上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the log is %Ln record(s) behind: serving comes first, it catches up</source>
        <translation>
            <numerusform>日志落后 %Ln 条记录：优先处理请求，稍后追上</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yard::ui::LogPauseBar</name>
    <message>
        <source>Log paused</source>
        <translation>日志已暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Resume following the log</source>
        <translation>继续跟随日志</translation>
    </message>
    <message>
        <source>Show the newest rows and follow them again</source>
        <translation>显示最新的行并重新跟随</translation>
    </message>
    <message>
        <source>Paused — no new rows yet</source>
        <translation>已暂停 — 尚无新行</translation>
    </message>
    <message numerus="yes">
        <source>Paused — %Ln new row(s)</source>
        <translation>
            <numerusform>已暂停 — %Ln 个新行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yard::ui::LogRowModel</name>
    <message>
        <source>%1 bytes in, %2 bytes out</source>
        <translation>接收 %1 字节，发送 %2 字节</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>SSE</source>
        <translation>SSE</translation>
    </message>
    <message>
        <source>WS</source>
        <translation>WS</translation>
    </message>
    <message>
        <source>1 recipient</source>
        <translation>1 个接收者</translation>
    </message>
    <message>
        <source>%L1 recipients</source>
        <translation>%L1 个接收者</translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>连接 %1</translation>
    </message>
    <message>
        <source>Delivered to %L1 connections</source>
        <translation>已送达 %L1 个连接</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>yard::ui::LogTable</name>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态码</translation>
    </message>
</context>
<context>
    <name>yard::ui::LogView</name>
    <message>
        <source>Request log</source>
        <translation>请求日志</translation>
    </message>
    <message>
        <source>No requests yet — they appear here as they arrive.</source>
        <translation>暂无请求 — 请求到达后会显示在这里。</translation>
    </message>
    <message>
        <source>Log status</source>
        <translation>日志状态</translation>
    </message>
    <message>
        <source>Follow new requests</source>
        <translation>跟随新请求</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>Keep the newest request in view; scrolling up pauses</source>
        <translation>始终显示最新请求；向上滚动会暂停</translation>
    </message>
    <message>
        <source>Export requests</source>
        <translation>导出请求</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Selected Rows as CSV…</source>
        <translation>所选行导出为 CSV…</translation>
    </message>
    <message>
        <source>Selected Rows as HAR…</source>
        <translation>所选行导出为 HAR…</translation>
    </message>
    <message>
        <source>All Matching Rows as CSV…</source>
        <translation>所有匹配行导出为 CSV…</translation>
    </message>
    <message>
        <source>All Matching Rows as HAR…</source>
        <translation>所有匹配行导出为 HAR…</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>复制为 curl</translation>
    </message>
    <message>
        <source>No requests match these filters.</source>
        <translation>没有符合这些筛选条件的请求。</translation>
    </message>
    <message>
        <source>Cannot read the log: %1</source>
        <translation>无法读取日志：%1</translation>
    </message>
    <message>
        <source>%1 · following</source>
        <translation>%1 · 跟随中</translation>
    </message>
    <message>
        <source>%1 · paused</source>
        <translation>%1 · 已暂停</translation>
    </message>
    <message>
        <source>Export Selected Requests</source>
        <translation>导出所选请求</translation>
    </message>
    <message>
        <source>Export Matching Requests</source>
        <translation>导出匹配的请求</translation>
    </message>
    <message>
        <source>HAR 1.2 (*.har)</source>
        <translation>HAR 1.2 (*.har)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Exported the first %L1 requests to %2 (a HAR file holds at most that many; CSV has no limit)</source>
        <translation>已将前 %L1 个请求导出到 %2（HAR 文件最多容纳这么多；CSV 没有限制）</translation>
    </message>
    <message>
        <source>Exported 1 request to %1</source>
        <translation>已将 1 个请求导出到 %1</translation>
    </message>
    <message>
        <source>Exported %L1 requests to %2</source>
        <translation>已将 %L1 个请求导出到 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>显示 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not running; nothing can be sent.</source>
        <translation>%1 未运行;无法发送任何内容。</translation>
    </message>
    <message>
        <source>connection %1 of %2</source>
        <translation>%2 的连接 %1</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>已发送到 %1。</translation>
    </message>
    <message>
        <source>%1 is gone; nothing was sent.</source>
        <translation>%1 已不存在;未发送任何内容。</translation>
    </message>
</context>
<context>
    <name>yard::ui::MainWindow</name>
    <message>
        <source>Routes</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
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
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Server details</source>
        <translation>服务器详情</translation>
    </message>
    <message>
        <source>Live figures of the selected server</source>
        <translation>所选服务器的实时数据</translation>
    </message>
    <message>
        <source>No project open — open a project file (File ▸ Open), or start with the demo project.</source>
        <translation>未打开项目 — 请打开项目文件（文件 ▸ 打开），或从演示项目开始。</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>打开演示项目</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>The servers keep running. Quit from this icon&apos;s menu.</source>
        <translation>服务器仍在运行。可从此图标的菜单退出。</translation>
    </message>
</context>
<context>
    <name>yard::ui::MessageSummary</name>
    <message>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>join as %1</source>
        <translation>以 %1 加入</translation>
    </message>
    <message>
        <source>joined; members: %1</source>
        <translation>已加入;成员:%1</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1 已加入</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 已离开</translation>
    </message>
    <message>
        <source>error %1: %2</source>
        <translation>错误 %1:%2</translation>
    </message>
    <message>
        <source>← out</source>
        <translation>← 发出</translation>
    </message>
    <message>
        <source>→ in</source>
        <translation>→ 收到</translation>
    </message>
</context>
<context>
    <name>yard::ui::MetricsStrip</name>
    <message>
        <source>&lt; %1 µs</source>
        <translation>&lt; %1 µs</translation>
    </message>
    <message>
        <source>&lt; %1 ms</source>
        <translation>&lt; %1 ms</translation>
    </message>
    <message>
        <source>Stopped: start the server to see its traffic here.</source>
        <translation>已停止：请启动服务器，在这里查看其流量。</translation>
    </message>
    <message numerus="yes">
        <source>%1 req/s    p50 %2    p99 %3    engine errors %4 %    %n open connection(s)</source>
        <translation>
            <numerusform>%1 请求/秒    p50 %2    p99 %3    引擎错误 %4 %    %n 个打开的连接</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yard::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>&amp;Start servers when Yardmaster opens</source>
        <translation>Yardmaster 启动时启动服务器(&amp;S)</translation>
    </message>
    <message>
        <source>When the window &amp;closes with servers running:</source>
        <translation>服务器运行时关闭窗口(&amp;C)：</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>询问</translation>
    </message>
    <message>
        <source>Keep them running in the tray</source>
        <translation>在托盘中继续运行</translation>
    </message>
    <message>
        <source>Stop them and quit</source>
        <translation>停止并退出</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window stops the servers.</source>
        <translation>此桌面没有系统托盘：关闭窗口会停止服务器。</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>请求日志</translation>
    </message>
    <message>
        <source>For servers whose project file sets no limit of its own. Applies when a server starts.</source>
        <translation>适用于项目文件未自行设置上限的服务器。在服务器启动时生效。</translation>
    </message>
    <message>
        <source>Maximum &amp;rows per server:</source>
        <translation>每个服务器的最大行数(&amp;R)：</translation>
    </message>
    <message>
        <source>Maximum &amp;age in days:</source>
        <translation>最长保留天数(&amp;A)：</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>yard::ui::ProjectFileActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
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
        <source>Cannot save project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Yardmaster projects (*.yard.json);;JSON files (*.json)</source>
        <translation>Yardmaster 项目 (*.yard.json);;JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 有未保存的更改。要保存吗？</translation>
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
    <name>yard::ui::ProxyPage</name>
    <message>
        <source>Upstream:</source>
        <translation>上游：</translation>
    </message>
    <message>
        <source>Upstream URL</source>
        <translation>上游 URL</translation>
    </message>
    <message>
        <source>http://127.0.0.1:3000 (your app&apos;s dev server)</source>
        <translation>http://127.0.0.1:3000（你的应用的开发服务器）</translation>
    </message>
    <message>
        <source>Strip the route&apos;s path before forwarding</source>
        <translation>转发前去掉路由的路径</translation>
    </message>
    <message>
        <source>Send the upstream&apos;s own Host header</source>
        <translation>发送上游自己的 Host 标头</translation>
    </message>
</context>
<context>
    <name>yard::ui::RedirectPage</name>
    <message>
        <source>To:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态码：</translation>
    </message>
    <message>
        <source>Redirect target</source>
        <translation>重定向目标</translation>
    </message>
    <message>
        <source>/new-page, /posts/{{params.slug}} or https://example.com/</source>
        <translation>/new-page、/posts/{{params.slug}} 或 https://example.com/</translation>
    </message>
    <message>
        <source>Redirect status</source>
        <translation>重定向状态码</translation>
    </message>
    <message>
        <source>301 or 308: moved for good (308 keeps the method); 302, 303 or 307: for now</source>
        <translation>301 或 308：永久移动（308 保留方法）；302、303 或 307：临时移动</translation>
    </message>
    <message>
        <source>Keep the query string</source>
        <translation>保留查询字符串</translation>
    </message>
</context>
<context>
    <name>yard::ui::RespondPage</name>
    <message>
        <source>Status:</source>
        <translation>状态码：</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>标头：</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>正文：</translation>
    </message>
    <message>
        <source>Body file:</source>
        <translation>正文文件：</translation>
    </message>
    <message>
        <source>Delay:</source>
        <translation>延迟：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>响应正文</translation>
    </message>
    <message>
        <source>Text or JSON; {{params.id}} and {{query.q}} are filled in</source>
        <translation>文本或 JSON；{{params.id}} 和 {{query.q}} 会被填入</translation>
    </message>
    <message>
        <source>Body file</source>
        <translation>正文文件</translation>
    </message>
    <message>
        <source>or a file, such as www/page.html</source>
        <translation>或一个文件，例如 www/page.html</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>JSON ✓</source>
        <translation>JSON ✓</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>第 %1 个字符处不是有效的 JSON：%2</translation>
    </message>
</context>
<context>
    <name>yard::ui::RoomMemberModel</name>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>yard::ui::RoomTableModel</name>
    <message>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最后活动</translation>
    </message>
</context>
<context>
    <name>yard::ui::RoomsPage</name>
    <message>
        <source>Rooms</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>WebSocket routes:</source>
        <translation>WebSocket 路由：</translation>
    </message>
    <message>
        <source>none; add a route with the websocket action</source>
        <translation>无；请添加一个使用 websocket 动作的路由</translation>
    </message>
    <message>
        <source>The chat rooms open on this server&apos;s websocket routes, with their members. Select a room to speak in it as &quot;server&quot;, close it (its members are told and removed) or kick a member. Clients join rooms with {&quot;type&quot;:&quot;join&quot;,…}.</source>
        <translation>此服务器 websocket 路由上打开的聊天室及其成员。选择一个房间，即可以“server”身份发言、关闭房间（通知并移除其成员）或断开某个成员。客户端通过 {&quot;type&quot;:&quot;join&quot;,…} 加入房间。</translation>
    </message>
</context>
<context>
    <name>yard::ui::RoomsPanel</name>
    <message>
        <source>Chat rooms</source>
        <translation>聊天室</translation>
    </message>
    <message>
        <source>Members of the selected room</source>
        <translation>所选房间的成员</translation>
    </message>
    <message>
        <source>Message to the room, sent as &quot;server&quot;</source>
        <translation>发给房间的消息，以“server”身份发送</translation>
    </message>
    <message>
        <source>Message to the selected room</source>
        <translation>发给所选房间的消息</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send the message to the selected room</source>
        <translation>将消息发送到所选房间</translation>
    </message>
    <message>
        <source>Close room</source>
        <translation>关闭房间</translation>
    </message>
    <message>
        <source>Close the selected room and remove its members</source>
        <translation>关闭所选房间并移除其成员</translation>
    </message>
    <message>
        <source>Kick member</source>
        <translation>断开成员</translation>
    </message>
    <message>
        <source>Disconnect the selected member</source>
        <translation>断开所选成员</translation>
    </message>
    <message>
        <source>The room &quot;%1&quot; is gone; nothing was sent.</source>
        <translation>房间“%1”已不存在；未发送任何内容。</translation>
    </message>
    <message>
        <source>Room &quot;%1&quot; closed; its members were told.</source>
        <translation>房间“%1”已关闭；已通知其成员。</translation>
    </message>
    <message>
        <source>The room &quot;%1&quot; is already gone.</source>
        <translation>房间“%1”已不存在。</translation>
    </message>
    <message>
        <source>Latest messages of the selected room</source>
        <translation>所选房间的最新消息</translation>
    </message>
</context>
<context>
    <name>yard::ui::RouteForm</name>
    <message>
        <source>Method:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>路径：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>动作：</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>&quot;*&quot; answers every method</source>
        <translation>&quot;*&quot; 响应所有方法</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>/api/users/:id, /static/*</source>
        <translation>/api/users/:id、/static/*</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Select a route to edit it, or add one with the + button.</source>
        <translation>请选择要编辑的路由，或用 + 按钮添加一个。</translation>
    </message>
    <message>
        <source>Edit %1 of route %2</source>
        <translation>编辑路由 %2 的 %1</translation>
    </message>
    <message>
        <source>✗ Not applied: the running server and the project keep the last valid version.</source>
        <translation>✗ 未应用：运行中的服务器和项目保留最后一个有效版本。</translation>
    </message>
    <message>
        <source>✗ The running server kept its old routes: %1</source>
        <translation>✗ 运行中的服务器保留了旧路由：%1</translation>
    </message>
    <message>
        <source>✓ Applied to the running server</source>
        <translation>✓ 已应用到运行中的服务器</translation>
    </message>
    <message>
        <source>✓ Valid. Start the server to serve it.</source>
        <translation>✓ 有效。请启动服务器以提供服务。</translation>
    </message>
</context>
<context>
    <name>yard::ui::RouteTableModel</name>
    <message>
        <source>Enabled: uncheck to skip this route</source>
        <translation>已启用：取消勾选以跳过此路由</translation>
    </message>
    <message>
        <source>Disabled: check to serve this route again</source>
        <translation>已禁用：勾选以重新提供此路由</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2，%3</translation>
    </message>
    <message>
        <source>any method</source>
        <translation>任意方法</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
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
        <source>Does</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>Enable route %1</source>
        <translation>启用路由 %1</translation>
    </message>
    <message>
        <source>Disable route %1</source>
        <translation>禁用路由 %1</translation>
    </message>
    <message>
        <source>Move route %1 to position %2</source>
        <translation>将路由 %1 移到位置 %2</translation>
    </message>
</context>
<context>
    <name>yard::ui::RoutesPage</name>
    <message>
        <source>Routes, in priority order</source>
        <translation>路由（按优先级排序）</translation>
    </message>
    <message>
        <source>Filter routes (Ctrl+F)</source>
        <translation>筛选路由（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter routes</source>
        <translation>筛选路由</translation>
    </message>
    <message>
        <source>No routes yet — add one with the + button, or open the demo project (resources/demo/demo.yard.json).</source>
        <translation>还没有路由 — 请用 + 按钮添加一个，或打开演示项目（resources/demo/demo.yard.json）。</translation>
    </message>
    <message>
        <source>Add route</source>
        <translation>添加路由</translation>
    </message>
    <message>
        <source>Remove route</source>
        <translation>删除路由</translation>
    </message>
    <message>
        <source>Move up (tried earlier)</source>
        <translation>上移（更早匹配）</translation>
    </message>
    <message>
        <source>Move down (tried later)</source>
        <translation>下移（更晚匹配）</translation>
    </message>
    <message>
        <source>Remove route %1</source>
        <translation>删除路由 %1</translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; is no longer in the project.</source>
        <translation>服务器“%1”已不在项目中。</translation>
    </message>
    <message>
        <source>Create route from request</source>
        <translation>根据请求创建路由</translation>
    </message>
</context>
<context>
    <name>yard::ui::SavedFilters</name>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>已保存的筛选器</translation>
    </message>
    <message>
        <source>Save this filter under a name, or pick one saved before</source>
        <translation>以名称保存此筛选器,或选择之前保存的筛选器</translation>
    </message>
    <message>
        <source>No saved filters</source>
        <translation>没有已保存的筛选器</translation>
    </message>
    <message>
        <source>Save Current Filter…</source>
        <translation>保存当前筛选器…</translation>
    </message>
    <message>
        <source>Delete Saved Filter</source>
        <translation>删除已保存的筛选器</translation>
    </message>
    <message>
        <source>Save Filter</source>
        <translation>保存筛选器</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称:</translation>
    </message>
</context>
<context>
    <name>yard::ui::SendToConnectionDialog</name>
    <message>
        <source>Send to %1</source>
        <translation>发送到 %1</translation>
    </message>
    <message>
        <source>One event to this reader only, sent as the server; the channel&apos;s other readers do not get it.</source>
        <translation>仅向此读取方发送一个事件，以服务器身份发送；频道的其他读取方不会收到。</translation>
    </message>
    <message>
        <source>One text frame to this client only, sent as the server, exactly as typed.</source>
        <translation>仅向此客户端发送一个文本帧，以服务器身份按原样发送。</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>事件名称</translation>
    </message>
    <message>
        <source>Text to send</source>
        <translation>要发送的文本</translation>
    </message>
    <message>
        <source>The event&apos;s data; each line becomes a data line</source>
        <translation>事件数据；每一行成为一个 data 行</translation>
    </message>
    <message>
        <source>{&quot;type&quot;:&quot;message&quot;,&quot;text&quot;:&quot;hello&quot;}</source>
        <translation>{&quot;type&quot;:&quot;message&quot;,&quot;text&quot;:&quot;你好&quot;}</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>事件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>文本(&amp;T)：</translation>
    </message>
    <message>
        <source>An event name is one line of at most 64 bytes.</source>
        <translation>事件名称为一行，最多 64 字节。</translation>
    </message>
    <message>
        <source>Not valid JSON (%1); it is sent as typed all the same.</source>
        <translation>不是有效的 JSON（%1）；仍将按原样发送。</translation>
    </message>
</context>
<context>
    <name>yard::ui::ServerListModel</name>
    <message>
        <source>%1k</source>
        <translation>%1k</translation>
    </message>
    <message>
        <source>restart to apply</source>
        <translation>需重启才能生效</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>在浏览器中打开 %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <source>Conn.</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address: write a port, or HOST:PORT</source>
        <translation>&quot;%1&quot; 不是地址：请写端口，或 HOST:PORT</translation>
    </message>
    <message>
        <source>Edit server %1</source>
        <translation>编辑服务器 %1</translation>
    </message>
</context>
<context>
    <name>yard::ui::ServerListPanel</name>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Double-click a name, or a stopped server&apos;s address, to change it</source>
        <translation>双击名称或已停止服务器的地址即可修改</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>Start the selected server</source>
        <translation>启动所选服务器</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the selected server (in-flight requests finish first)</source>
        <translation>停止所选服务器（先完成正在处理的请求）</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>重启(&amp;R)</translation>
    </message>
    <message>
        <source>Restart the selected server: takes in a new address or limits</source>
        <translation>重启所选服务器：使新地址或新限制生效</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a server</source>
        <translation>添加服务器</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Duplicate the selected server on the next free port</source>
        <translation>在下一个空闲端口上复制所选服务器</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected server</source>
        <translation>删除所选服务器</translation>
    </message>
    <message>
        <source>server-%1</source>
        <translation>server-%1</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>添加服务器</translation>
    </message>
    <message>
        <source>%1-copy</source>
        <translation>%1-copy</translation>
    </message>
    <message>
        <source>Duplicate server</source>
        <translation>复制服务器</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>删除服务器</translation>
    </message>
</context>
<context>
    <name>yard::ui::SessionTableModel</name>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录时间</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最后活动</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
</context>
<context>
    <name>yard::ui::SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>会话：</translation>
    </message>
    <message>
        <source>off for this server</source>
        <translation>此服务器未启用</translation>
    </message>
    <message>
        <source>Cookie:</source>
        <translation>Cookie：</translation>
    </message>
    <message>
        <source>Lifetime:</source>
        <translation>有效期：</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Protected paths:</source>
        <translation>受保护的路径：</translation>
    </message>
    <message>
        <source>Sign-in page:</source>
        <translation>登录页：</translation>
    </message>
    <message>
        <source>Who is signed in to this server, and the users who can sign in. Sessions are kept in the data folder, so they outlive a restart.</source>
        <translation>已登录此服务器的会话，以及可以登录的用户。会话保存在数据文件夹中，因此重启后仍然保留。</translation>
    </message>
</context>
<context>
    <name>yard::ui::SessionsPanel</name>
    <message>
        <source>Sessions are off for this server. To turn them on, add a &quot;sessions&quot; block to the server in the project file (for example {&quot;protect&quot;: [&quot;/admin&quot;]}); signed-in users and their sessions then appear here.</source>
        <translation>此服务器未启用会话。如需启用，请在项目文件中为该服务器添加 &quot;sessions&quot; 块（例如 {&quot;protect&quot;: [&quot;/admin&quot;]}）；已登录的用户及其会话随后会显示在这里。</translation>
    </message>
    <message>
        <source>Signed-in sessions</source>
        <translation>已登录的会话</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>结束会话</translation>
    </message>
    <message>
        <source>End the selected session</source>
        <translation>结束所选会话</translation>
    </message>
    <message>
        <source>End all</source>
        <translation>全部结束</translation>
    </message>
    <message>
        <source>End every session of this server</source>
        <translation>结束此服务器的所有会话</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Users who can sign in</source>
        <translation>可以登录的用户</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>添加一个用户</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <source>Remove the selected user</source>
        <translation>删除所选用户</translation>
    </message>
    <message>
        <source>The sessions database cannot be opened: %1</source>
        <translation>无法打开会话数据库：%1</translation>
    </message>
    <message>
        <source>Remove the user %1? Their sessions end on every server.</source>
        <translation>删除用户 %1？其会话将在所有服务器上结束。</translation>
    </message>
    <message>
        <source>Could not remove the user: %1</source>
        <translation>无法删除用户：%1</translation>
    </message>
</context>
<context>
    <name>yard::ui::SsePage</name>
    <message>
        <source>Server-Sent Events: a client reads the channel its path names below the route (/events/news reads &quot;news&quot;) and resumes after Last-Event-ID.</source>
        <translation>Server-Sent Events：客户端读取其路径在路由下所指的频道（/events/news 读取 “news”），并从 Last-Event-ID 之后继续。</translation>
    </message>
    <message>
        <source>Heartbeat every:</source>
        <translation>心跳间隔：</translation>
    </message>
    <message>
        <source>Heartbeat interval</source>
        <translation>心跳间隔</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Replay buffer:</source>
        <translation>重放缓冲：</translation>
    </message>
    <message>
        <source>Events kept per channel for reconnecting readers</source>
        <translation>每个频道为重新连接的读取方保留的事件数</translation>
    </message>
    <message>
        <source> events</source>
        <translation> 个事件</translation>
    </message>
    <message>
        <source>Reconnect after:</source>
        <translation>重新连接等待：</translation>
    </message>
    <message>
        <source>Reconnection delay sent to readers</source>
        <translation>发送给读取方的重连等待时间</translation>
    </message>
    <message>
        <source>browser default</source>
        <translation>浏览器默认值</translation>
    </message>
    <message>
        <source>POST to a channel publishes an event</source>
        <translation>向频道 POST 即发布事件</translation>
    </message>
</context>
<context>
    <name>yard::ui::StaticPage</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Cache for:</source>
        <translation>缓存时长：</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>www (relative to the project file)</source>
        <translation>www（相对于项目文件）</translation>
    </message>
    <message>
        <source>Cache lifetime</source>
        <translation>缓存时长</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Immutable (files never change under their name)</source>
        <translation>不可变（同名文件永不改变）</translation>
    </message>
    <message>
        <source>List folders without an index.html</source>
        <translation>列出没有 index.html 的文件夹</translation>
    </message>
    <message>
        <source>Single-page app: unknown paths get index.html</source>
        <translation>单页应用：未知路径返回 index.html</translation>
    </message>
    <message>
        <source>Folder to serve</source>
        <translation>要提供的文件夹</translation>
    </message>
</context>
<context>
    <name>yard::ui::StatusTotals</name>
    <message>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) running</source>
        <translation>
            <numerusform>%n 个服务器中有 %1 个正在运行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 请求/秒</translation>
    </message>
    <message numerus="yes">
        <source>%n open connection(s)</source>
        <translation>
            <numerusform>%n 个打开的连接</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 requests served</source>
        <translation>已处理 %1 个请求</translation>
    </message>
</context>
<context>
    <name>yard::ui::TrayIcon</name>
    <message>
        <source>Show Yardmaster</source>
        <translation>显示 Yardmaster</translation>
    </message>
    <message>
        <source>Stop all servers</source>
        <translation>停止所有服务器</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message numerus="yes">
        <source>Yardmaster: %1 of %n server(s) running</source>
        <translation>
            <numerusform>Yardmaster：%n 个服务器中有 %1 个正在运行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yard::ui::TryItPanel</name>
    <message>
        <source>Try it</source>
        <translation>试一试</translation>
    </message>
    <message>
        <source>Send this route&apos;s request to the running server</source>
        <translation>将此路由的请求发送到运行中的服务器</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>复制为 curl</translation>
    </message>
    <message>
        <source>Copy a curl command line for this request</source>
        <translation>复制此请求的 curl 命令行</translation>
    </message>
    <message>
        <source>Start the server to try this route.</source>
        <translation>请启动服务器以试用此路由。</translation>
    </message>
    <message>
        <source>Streams and WebSockets are tried with a client, not here.</source>
        <translation>流和 WebSocket 需用客户端试用，不在此处。</translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation>正在发送 %1 %2…</translation>
    </message>
    <message>
        <source> · %1 ms</source>
        <translation> · %1 毫秒</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>无应答：%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>
… (only the first %1 KiB shown)</source>
        <translation>
…（仅显示前 %1 KiB）</translation>
    </message>
</context>
<context>
    <name>yard::ui::WebSocketPage</name>
    <message>
        <source>Chat rooms over WebSocket: clients send {&quot;type&quot;:&quot;join&quot;, &quot;room&quot;:…, &quot;user&quot;:…} and messages; every member of a room receives them. History is kept in the data folder across restarts.</source>
        <translation>基于 WebSocket 的聊天室：客户端发送 {&quot;type&quot;:&quot;join&quot;, &quot;room&quot;:…, &quot;user&quot;:…} 和消息；房间内每个成员都会收到。历史记录保存在数据文件夹中，重启后仍在。</translation>
    </message>
    <message>
        <source>Allowed rooms:</source>
        <translation>允许的房间：</translation>
    </message>
    <message>
        <source>Allowed rooms</source>
        <translation>允许的房间</translation>
    </message>
    <message>
        <source>any room; or a pattern such as team-* (* and ? wildcards)</source>
        <translation>任意房间；或 team-* 这样的模式（通配符 * 和 ?）</translation>
    </message>
    <message>
        <source>Rooms per connection:</source>
        <translation>每个连接的房间数：</translation>
    </message>
    <message>
        <source>Rooms per connection</source>
        <translation>每个连接的房间数</translation>
    </message>
    <message>
        <source>Largest message:</source>
        <translation>最大消息：</translation>
    </message>
    <message>
        <source>Largest message</source>
        <translation>最大消息</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <source>A larger message closes the connection (code 1009)</source>
        <translation>更大的消息会关闭连接（代码 1009）</translation>
    </message>
    <message>
        <source>Messages per second:</source>
        <translation>每秒消息数：</translation>
    </message>
    <message>
        <source>Messages per second</source>
        <translation>每秒消息数</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>History per room:</source>
        <translation>每个房间的历史：</translation>
    </message>
    <message>
        <source>History per room</source>
        <translation>每个房间的历史</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> 条消息</translation>
    </message>
    <message>
        <source>Ping a silent client after:</source>
        <translation>客户端静默多久后发送 ping：</translation>
    </message>
    <message>
        <source>Ping interval</source>
        <translation>Ping 间隔</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
</context>
</TS>

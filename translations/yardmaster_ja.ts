<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>RouteSummary</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>ファイル %1</translation>
    </message>
    <message>
        <source>→ %1 (%2)</source>
        <translation>→ %1（%2）</translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>フォルダー %1</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>chat rooms</source>
        <translation>チャットルーム</translation>
    </message>
    <message>
        <source>server-sent events</source>
        <translation>Server-Sent Events</translation>
    </message>
    <message>
        <source>health check (JSON)</source>
        <translation>ヘルスチェック（JSON）</translation>
    </message>
</context>
<context>
    <name>yard::app</name>
    <message>
        <source>Project to open.</source>
        <translation>開くプロジェクト。</translation>
    </message>
</context>
<context>
    <name>yard::logging::LogFilter</name>
    <message>
        <source>status:%1: use a class (1xx to 5xx) or a code (100 to 599)</source>
        <translation>status:%1: クラス（1xx～5xx）かコード（100～599）を指定してください</translation>
    </message>
    <message>
        <source>method:%1: not a method name (GET, POST, …)</source>
        <translation>method:%1: メソッド名ではありません（GET、POST など）</translation>
    </message>
    <message>
        <source>route:%1: use a route number (0, 1, …) or none</source>
        <translation>route:%1: ルート番号（0、1 など）か none を指定してください</translation>
    </message>
    <message>
        <source>%1:%2: use a time ago (30s, 10m, 2h, 7d) or a date (2024-05-01T12:00:00)</source>
        <translation>%1:%2: 経過時間（30s、10m、2h、7d）か日時（2024-05-01T12:00:00）を指定してください</translation>
    </message>
    <message>
        <source>min:%1: use a duration such as 250us, 100ms or 2s</source>
        <translation>min:%1: 250us、100ms、2s のような時間を指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a filter term; write key:value, e.g. status:5xx</source>
        <translation>&apos;%1&apos; はフィルター条件ではありません。key:value の形で書いてください（例: status:5xx）</translation>
    </message>
    <message>
        <source>%1 needs a value after the colon</source>
        <translation>%1 のコロンの後に値が必要です</translation>
    </message>
    <message>
        <source>connection:%1: use a connection number (1, 2, …)</source>
        <translation>connection:%1: 接続番号を指定してください (1, 2, …)</translation>
    </message>
    <message>
        <source>%1: filters WebSocket and SSE events, not requests</source>
        <translation>%1: リクエストではなく WebSocket と SSE のイベントを絞り込みます</translation>
    </message>
    <message>
        <source>direction:%1: use in (client to server) or out</source>
        <translation>direction:%1: in(クライアントからサーバー)または out を指定してください</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;; use one of: server, method, status, path, route, client, since, until, min, connection, channel, direction, text</source>
        <translation>不明なフィルター &apos;%1&apos;。次のいずれかを使用してください: server, method, status, path, route, client, since, until, min, connection, channel, direction, text</translation>
    </message>
    <message>
        <source>%1 filters requests and %2 filters events: no row can match both</source>
        <translation>%1 はリクエストを、%2 はイベントを絞り込みます。両方に一致する行はありません</translation>
    </message>
</context>
<context>
    <name>yard::logging::LogQuery</name>
    <message>
        <source>%1: cannot read the request log: %2</source>
        <translation>%1: リクエストログを読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>yard::logging::LogSchema</name>
    <message>
        <source>written by a newer Yardmaster (log format %1; this one writes format %2)</source>
        <translation>新しい Yardmaster で書かれています（ログ形式 %1。このバージョンが書くのは形式 %2）</translation>
    </message>
</context>
<context>
    <name>yard::logging::LogSpool</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>yard::logging::LogWriter</name>
    <message>
        <source>cannot switch it to write-ahead logging</source>
        <translation>先行書き込みログ（WAL）に切り替えられません</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>メモリ不足です</translation>
    </message>
    <message>
        <source>%1: cannot use it as the request log: %2</source>
        <translation>%1: リクエストログとして使えません: %2</translation>
    </message>
    <message>
        <source>%1: the request log stopped writing: %2</source>
        <translation>%1: リクエストログの書き込みが止まりました: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>%1 をロックできません</translation>
    </message>
    <message>
        <source>the spool %1 is damaged</source>
        <translation>スプール %1 が壊れています</translation>
    </message>
</context>
<context>
    <name>yard::project::ProjectFile</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>the file is larger than 16 MiB; is it a project?</source>
        <translation>ファイルが 16 MiB を超えています。プロジェクトファイルですか？</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>yard::project::ProjectReader</name>
    <message>
        <source>a boolean</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing; add it (%2)</source>
        <translation>&quot;%1&quot; がありません。追加してください（%2）</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>%1 ではなく文字列を指定してください</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>%1 ではなく true か false を指定してください</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>%1 ではなく整数を指定してください</translation>
    </message>
    <message>
        <source>%1 is out of range (use %2)</source>
        <translation>%1 は範囲外です（%2）</translation>
    </message>
    <message>
        <source>must be an object {…}, not %1</source>
        <translation>%1 ではなくオブジェクト {…} を指定してください</translation>
    </message>
    <message>
        <source>must be an array […], not %1</source>
        <translation>%1 ではなく配列 […] を指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting of %2; remove it or use one of: %3</source>
        <translation>&quot;%1&quot; は %2 の設定項目ではありません。削除するか、次のいずれかを使ってください: %3</translation>
    </message>
    <message>
        <source>0 to 86400 seconds; Chromium keeps at most 7200</source>
        <translation>0～86400 秒（Chromium が保持するのは最大 7200 秒）</translation>
    </message>
    <message>
        <source>credentials cannot go with &quot;origins&quot;: &quot;*&quot; (browsers refuse it, per the Fetch standard); list the origins instead</source>
        <translation>credentials は &quot;origins&quot;: &quot;*&quot; と一緒に使えません（Fetch 標準によりブラウザーが拒否します）。オリジンを列挙してください</translation>
    </message>
    <message>
        <source>cors</source>
        <translation>cors</translation>
    </message>
    <message>
        <source>&quot;origins&quot; is missing; add it (&quot;*&quot; or a list such as [&quot;http://localhost:3000&quot;])</source>
        <translation>&quot;origins&quot; がありません。追加してください（&quot;*&quot; または [&quot;http://localhost:3000&quot;] のようなリスト）</translation>
    </message>
    <message>
        <source>must be &quot;*&quot; or a list of origins, such as [&quot;http://localhost:3000&quot;]</source>
        <translation>&quot;*&quot; か、[&quot;http://localhost:3000&quot;] のようなオリジンのリストを指定してください</translation>
    </message>
    <message>
        <source>list at least one origin, or use &quot;*&quot; for any</source>
        <translation>オリジンを 1 つ以上指定するか、すべてを許可する &quot;*&quot; を使ってください</translation>
    </message>
    <message>
        <source>&quot;*&quot; stands alone; write &quot;origins&quot;: &quot;*&quot;</source>
        <translation>&quot;*&quot; は単独で使います。&quot;origins&quot;: &quot;*&quot; と書いてください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin (use scheme://host:port, such as &quot;http://localhost:3000&quot;)</source>
        <translation>&quot;%1&quot; はオリジンではありません（&quot;http://localhost:3000&quot; のように scheme://host:port の形で指定してください）</translation>
    </message>
    <message>
        <source>browsers send this origin as &quot;%1&quot;; write it so</source>
        <translation>ブラウザーはこのオリジンを &quot;%1&quot; として送ります。そのように書いてください</translation>
    </message>
    <message>
        <source>must be an HTTP method, such as &quot;PUT&quot;</source>
        <translation>&quot;PUT&quot; のような HTTP メソッドを指定してください</translation>
    </message>
    <message>
        <source>must be a header name, such as &quot;Content-Type&quot;</source>
        <translation>&quot;Content-Type&quot; のようなヘッダー名を指定してください</translation>
    </message>
    <message>
        <source>methods are case-sensitive; write &quot;%1&quot;</source>
        <translation>メソッドは大文字と小文字を区別します。&quot;%1&quot; と書いてください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header name (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only)</source>
        <translation>&quot;%1&quot; はヘッダー名ではありません（使えるのは英字、数字、!#$%&amp;&apos;*+-.^_`|~ だけです）</translation>
    </message>
    <message>
        <source>%1 is set by Yardmaster itself; remove it</source>
        <translation>%1 は Yardmaster が設定します。削除してください</translation>
    </message>
    <message>
        <source>%1 belongs to CORS; set &quot;cors&quot; on the server or the route instead</source>
        <translation>%1 は CORS の設定です。代わりにサーバーかルートで &quot;cors&quot; を設定してください</translation>
    </message>
    <message>
        <source>a header value must be a string</source>
        <translation>ヘッダーの値は文字列で指定してください</translation>
    </message>
    <message>
        <source>a header value must be on one line</source>
        <translation>ヘッダーの値は 1 行で書いてください</translation>
    </message>
    <message>
        <source>1 to 1000000</source>
        <translation>1～1000000</translation>
    </message>
    <message>
        <source>1 to 1000000 requests</source>
        <translation>1～1000000 リクエスト</translation>
    </message>
    <message>
        <source>list at least one path prefix, or remove &quot;paths&quot; to limit every path</source>
        <translation>パスのプレフィックスを 1 つ以上指定するか、すべてのパスを制限するなら &quot;paths&quot; を削除してください</translation>
    </message>
    <message>
        <source>must be a path prefix starting with &quot;/&quot;, such as &quot;/api&quot;</source>
        <translation>&quot;/api&quot; のように &quot;/&quot; で始まるパスのプレフィックスを指定してください</translation>
    </message>
    <message>
        <source>rateLimit</source>
        <translation>rateLimit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an error status (use 400 to 599, such as &quot;404&quot;)</source>
        <translation>&quot;%1&quot; はエラーステータスではありません（&quot;404&quot; のように 400～599 を指定してください）</translation>
    </message>
    <message>
        <source>must be the path of a file, such as &quot;errors/404.html&quot;</source>
        <translation>&quot;errors/404.html&quot; のようなファイルのパスを指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist (relative paths start at the project file&apos;s folder, %2)</source>
        <translation>&quot;%1&quot; が存在しません（相対パスの起点はプロジェクトファイルのフォルダー %2 です）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; give the path of a file</source>
        <translation>&quot;%1&quot; はフォルダーです。ファイルのパスを指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than 1 MiB; an error page should be small</source>
        <translation>&quot;%1&quot; は 1 MiB を超えています。エラーページは小さくしてください</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; を読み込めません: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses &quot;{{%2}}&quot;; an error page has no path captures (use query.X, header.X or body.X)</source>
        <translation>&quot;%1&quot; が &quot;{{%2}}&quot; を使っています。エラーページにはパスパラメーターがありません（query.X、header.X、body.X を使ってください）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;*&quot; may only be the last segment (&quot;/files/*&quot;)</source>
        <translation>&quot;*&quot; は最後のセグメントにしか使えません（&quot;/files/*&quot;）</translation>
    </message>
    <message>
        <source>&quot;*&quot; must be a whole segment (&quot;/files/*&quot;, not &quot;/files*&quot;)</source>
        <translation>&quot;*&quot; はセグメント全体にしてください（&quot;/files*&quot; ではなく &quot;/files/*&quot;）</translation>
    </message>
    <message>
        <source>a capture starts its segment (&quot;/users/:id&quot;)</source>
        <translation>パラメーターはセグメントの先頭に書きます（&quot;/users/:id&quot;）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a capture name (use letters, digits and _, starting with a letter)</source>
        <translation>&quot;%1&quot; はパラメーター名ではありません（英字で始め、英字・数字・_ だけを使ってください）</translation>
    </message>
    <message>
        <source>&quot;:%1&quot; is captured twice; give each capture its own name</source>
        <translation>&quot;:%1&quot; が 2 回使われています。パラメーターごとに別の名前を付けてください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with &quot;/&quot;</source>
        <translation>&quot;%1&quot; は &quot;/&quot; で始めてください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space or control character; percent-encode it</source>
        <translation>&quot;%1&quot; に空白か制御文字が含まれています。パーセントエンコードしてください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains &quot;%2&quot;; routes match the path only, remove the query</source>
        <translation>&quot;%1&quot; に &quot;%2&quot; が含まれています。ルートはパスだけを照合するので、クエリを削除してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty segment (&quot;//&quot;); remove the extra &quot;/&quot;</source>
        <translation>&quot;%1&quot; に空のセグメント（&quot;//&quot;）があります。余分な &quot;/&quot; を削除してください</translation>
    </message>
    <message>
        <source>this file was written by a newer Yardmaster (format %1); this one reads format %2 and older, update Yardmaster</source>
        <translation>このファイルは新しい Yardmaster で書かれています（形式 %1）。このバージョンが読めるのは形式 %2 以前です。Yardmaster を更新してください</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>有効な JSON ではありません: %1</translation>
    </message>
    <message>
        <source>a server must be an object {&quot;name&quot;: …, &quot;port&quot;: …}</source>
        <translation>サーバーはオブジェクト {&quot;name&quot;: …, &quot;port&quot;: …} で指定してください</translation>
    </message>
    <message>
        <source>a server needs a name, such as &quot;web&quot;</source>
        <translation>サーバーには &quot;web&quot; のような名前が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address to listen on (use 127.0.0.1, ::1, localhost, or 0.0.0.0 for every interface)</source>
        <translation>&quot;%1&quot; は待ち受けできるアドレスではありません（127.0.0.1、::1、localhost、またはすべてのインターフェースなら 0.0.0.0）</translation>
    </message>
    <message>
        <source>0 to 65535; 0 picks a free port</source>
        <translation>0～65535。0 なら空いているポートを選びます</translation>
    </message>
    <message>
        <source>1 to 64 threads</source>
        <translation>1～64 スレッド</translation>
    </message>
    <message>
        <source>a server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cookie name (no spaces, &quot;=&quot; or &quot;;&quot;)</source>
        <translation>&quot;%1&quot; は Cookie 名ではありません（空白、&quot;=&quot;、&quot;;&quot; は使えません）</translation>
    </message>
    <message>
        <source>0 to 34560000 seconds, 400 days</source>
        <translation>0～34560000 秒（400 日）</translation>
    </message>
    <message>
        <source>must be a path starting with &quot;/&quot;, such as &quot;/dashboard&quot;</source>
        <translation>&quot;/dashboard&quot; のように &quot;/&quot; で始まるパスを指定してください</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>0 for no limit, or more</source>
        <translation>0（無制限）以上</translation>
    </message>
    <message>
        <source>0 for no limit, up to 3650 days</source>
        <translation>0（無制限）～3650 日</translation>
    </message>
    <message>
        <source>log</source>
        <translation>log</translation>
    </message>
    <message>
        <source>0 or more bytes</source>
        <translation>0 バイト以上</translation>
    </message>
    <message>
        <source>1024 to 1048576 bytes</source>
        <translation>1024～1048576 バイト</translation>
    </message>
    <message>
        <source>100 to 600000 milliseconds</source>
        <translation>100～600000 ミリ秒</translation>
    </message>
    <message>
        <source>100 to 3600000 milliseconds</source>
        <translation>100～3600000 ミリ秒</translation>
    </message>
    <message>
        <source>limits</source>
        <translation>limits</translation>
    </message>
    <message>
        <source>another server is already named &quot;%1&quot;; give each server its own name</source>
        <translation>&quot;%1&quot; という名前のサーバーがすでにあります。サーバーごとに別の名前を付けてください</translation>
    </message>
    <message>
        <source>another server already listens on %1; use another port</source>
        <translation>別のサーバーがすでに %1 で待ち受けています。別のポートを使ってください</translation>
    </message>
    <message>
        <source>a project is a JSON object {&quot;version&quot;: 1, &quot;servers&quot;: […]}</source>
        <translation>プロジェクトは JSON オブジェクト {&quot;version&quot;: 1, &quot;servers&quot;: […]} です</translation>
    </message>
    <message>
        <source>1 for this file format</source>
        <translation>この形式では 1</translation>
    </message>
    <message>
        <source>add at least one server</source>
        <translation>サーバーを 1 つ以上追加してください</translation>
    </message>
    <message>
        <source>a project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>a route must be an object {&quot;path&quot;: …, &quot;action&quot;: …}</source>
        <translation>ルートはオブジェクト {&quot;path&quot;: …, &quot;action&quot;: …} で指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action (use respond, redirect, static, proxy, websocket, sse or health)</source>
        <translation>&quot;%1&quot; はアクションではありません（respond、redirect、static、proxy、websocket、sse、health のいずれか）</translation>
    </message>
    <message>
        <source>a %1 route mounts a prefix; remove the &quot;:&quot; capture (&quot;/assets&quot; or &quot;/assets/*&quot;)</source>
        <translation>%1 ルートはプレフィックス全体を受け持ちます。&quot;:&quot; のパラメーターを削除してください（&quot;/assets&quot; または &quot;/assets/*&quot;）</translation>
    </message>
    <message>
        <source>a %1 route</source>
        <translation>%1 ルート</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP method (use GET, POST, … or &quot;*&quot; for any)</source>
        <translation>&quot;%1&quot; は HTTP メソッドではありません（GET、POST など。すべてなら &quot;*&quot;）</translation>
    </message>
    <message>
        <source>200 to 599</source>
        <translation>200～599</translation>
    </message>
    <message>
        <source>0 to 60000 milliseconds</source>
        <translation>0～60000 ミリ秒</translation>
    </message>
    <message>
        <source>a route has &quot;body&quot; or &quot;bodyFile&quot;, not both; remove one</source>
        <translation>ルートには &quot;body&quot; と &quot;bodyFile&quot; のどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>a %1 response has no body; remove the body or use 200</source>
        <translation>%1 レスポンスにはボディがありません。ボディを削除するか 200 を使ってください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a redirect target (use a path such as &quot;/new-page&quot; or an http(s):// URL)</source>
        <translation>&quot;%1&quot; はリダイレクト先ではありません（&quot;/new-page&quot; のようなパスか http(s):// の URL を指定してください）</translation>
    </message>
    <message>
        <source>301 to 308</source>
        <translation>301～308</translation>
    </message>
    <message>
        <source>%1 is not a redirect status (use 301, 302, 303, 307 or 308)</source>
        <translation>%1 はリダイレクトのステータスではありません（301、302、303、307、308 のいずれか）</translation>
    </message>
    <message>
        <source>0 to 315360000 seconds, ten years</source>
        <translation>0～315360000 秒（10 年）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an upstream URL (use http://HOST:PORT with an optional path, such as &quot;http://127.0.0.1:3000&quot;)</source>
        <translation>&quot;%1&quot; はアップストリームの URL ではありません（&quot;http://127.0.0.1:3000&quot; のように http://HOST:PORT で、パスは省略可）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a file; a static root must be a folder</source>
        <translation>&quot;%1&quot; はファイルです。静的フォルダーのルートにはフォルダーを指定してください</translation>
    </message>
    <message>
        <source>%1 is not a capture of this route&apos;s path (it has none; add &quot;:%2&quot; to the path)</source>
        <translation>%1 はこのルートのパスのパラメーターではありません（パラメーターがないので、パスに &quot;:%2&quot; を追加してください）</translation>
    </message>
    <message>
        <source>%1 is not a capture of this route&apos;s path (captures: %2)</source>
        <translation>%1 はこのルートのパスのパラメーターではありません（パラメーター: %2）</translation>
    </message>
    <message>
        <source>%1 does not name a header (write header.NAME, such as header.User-Agent)</source>
        <translation>%1 はヘッダーを指していません（header.User-Agent のように header.NAME と書いてください）</translation>
    </message>
    <message>
        <source>%1 is not a body field path (use names and indices separated by dots, such as body.user.name or body.items.0)</source>
        <translation>%1 はボディのフィールドパスではありません（body.user.name や body.items.0 のように、名前とインデックスをドットで区切ってください）</translation>
    </message>
    <message>
        <source>%1 does not name a query parameter (write query.NAME, such as query.page)</source>
        <translation>%1 はクエリパラメーターを指していません（query.page のように query.NAME と書いてください）</translation>
    </message>
    <message>
        <source>%1 is not a session value (use session.user)</source>
        <translation>%1 はセッションの値ではありません（session.user を使ってください）</translation>
    </message>
    <message>
        <source>%1 is not a template value (use params.X, query.X, header.X, body.X or session.user)</source>
        <translation>%1 はテンプレートの値ではありません（params.X、query.X、header.X、body.X、session.user のいずれか）</translation>
    </message>
    <message>
        <source>&quot;{{&quot; is not closed; write &quot;}}&quot; after the value name</source>
        <translation>&quot;{{&quot; が閉じていません。値の名前の後に &quot;}}&quot; を書いてください</translation>
    </message>
    <message>
        <source>needs the server&apos;s &quot;sessions&quot; settings, such as &quot;sessions&quot;: {&quot;protect&quot;: []}</source>
        <translation>サーバーの &quot;sessions&quot; 設定が必要です（例: &quot;sessions&quot;: {&quot;protect&quot;: []}）</translation>
    </message>
    <message>
        <source>must be a plain path starting with &quot;/&quot; (no query, &quot;*&quot; or &quot;:&quot;), such as &quot;/login&quot;</source>
        <translation>&quot;/&quot; で始まる単純なパスにしてください（クエリ、&quot;*&quot;、&quot;:&quot; は不可。例: &quot;/login&quot;）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable name (letters, digits and &quot;_&quot;, not starting with a digit), such as &quot;WEB_API_KEYS&quot;</source>
        <translation>&quot;%1&quot; は環境変数名ではありません（英字・数字・&quot;_&quot; のみ、先頭は数字以外。例: &quot;WEB_API_KEYS&quot;）</translation>
    </message>
    <message>
        <source>0 (none) to 3600000 milliseconds</source>
        <translation>0（なし）～3600000 ミリ秒</translation>
    </message>
    <message>
        <source>0 to 100000 events</source>
        <translation>0～100000 件のイベント</translation>
    </message>
    <message>
        <source>1 to 3600000 milliseconds</source>
        <translation>1～3600000 ミリ秒</translation>
    </message>
    <message>
        <source>a room pattern has 1 to %1 characters: names and the wildcards * (any run of characters) and ? (one character), such as &quot;team-*&quot;</source>
        <translation>ルームのパターンは 1～%1 文字です: 名前とワイルドカード *（任意の文字列）と ?（1 文字）。例: &quot;team-*&quot;</translation>
    </message>
    <message>
        <source>1 to 10000 rooms</source>
        <translation>1～10000 ルーム</translation>
    </message>
    <message>
        <source>128 to 16777216 bytes</source>
        <translation>128～16777216 バイト</translation>
    </message>
    <message>
        <source>0 to 100000; 0 = unlimited</source>
        <translation>0～100000（0 = 無制限）</translation>
    </message>
    <message>
        <source>0 to 10000 messages</source>
        <translation>0～10000 件のメッセージ</translation>
    </message>
    <message>
        <source>1000 to 3600000 milliseconds</source>
        <translation>1000～3600000 ミリ秒</translation>
    </message>
</context>
<context>
    <name>yard::proxy::ProxyExchange</name>
    <message>
        <source>connection failed (%1)</source>
        <translation>接続に失敗しました (%1)</translation>
    </message>
    <message>
        <source>it closed the connection without answering</source>
        <translation>応答せずに接続を閉じました</translation>
    </message>
    <message>
        <source>it did not accept a connection within %1 ms</source>
        <translation>%1 ms 以内に接続を受け付けませんでした</translation>
    </message>
    <message>
        <source>it did not answer within %1 ms</source>
        <translation>%1 ms 以内に応答しませんでした</translation>
    </message>
    <message>
        <source>it sent nothing for %1 ms</source>
        <translation>%1 ms の間何も送信しませんでした</translation>
    </message>
    <message>
        <source>504 Gateway Timeout</source>
        <translation>504 ゲートウェイタイムアウト</translation>
    </message>
    <message>
        <source>502 Bad Gateway</source>
        <translation>502 不正なゲートウェイ</translation>
    </message>
    <message>
        <source>Is your dev server running on %1?</source>
        <translation>開発サーバーは %1 で動いていますか？</translation>
    </message>
    <message>
        <source>Yardmaster could not get an answer from the upstream %1: %2.</source>
        <translation>Yardmaster はアップストリーム %1 から応答を得られませんでした: %2。</translation>
    </message>
    <message>
        <source>its response was not valid HTTP (%1)</source>
        <translation>応答が正しい HTTP ではありませんでした (%1)</translation>
    </message>
    <message>
        <source>it switched protocols without being asked to</source>
        <translation>要求されていないのにプロトコルを切り替えました</translation>
    </message>
    <message>
        <source>its chunked body was malformed</source>
        <translation>chunked 形式の本文が壊れていました</translation>
    </message>
</context>
<context>
    <name>yard::proxy::ProxyTarget</name>
    <message>
        <source>the upstream host %1 does not resolve: %2</source>
        <translation>アップストリームのホスト %1 を名前解決できません: %2</translation>
    </message>
</context>
<context>
    <name>yard::realtime::RoomHistoryStore</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>chat history is no longer saved to %1: %2</source>
        <translation>チャット履歴は %1 に保存されなくなりました: %2</translation>
    </message>
</context>
<context>
    <name>yard::routing::LoginPage</name>
    <message>
        <source>Too many attempts. Wait a minute, then try again.</source>
        <translation>試行回数が多すぎます。1 分待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>ユーザー名またはパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
</context>
<context>
    <name>yard::routing::RouteTable</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: sessions need a data folder for their key and users</source>
        <translation>%1: セッションには鍵とユーザーを置くデータフォルダーが必要です</translation>
    </message>
</context>
<context>
    <name>yard::server::ServerInstance</name>
    <message>
        <source>%1: &quot;%2&quot; is not an address to listen on</source>
        <translation>%1: &quot;%2&quot; は待ち受けできるアドレスではありません</translation>
    </message>
    <message>
        <source>%1: cannot listen on %2:%3: %4</source>
        <translation>%1: %2:%3 で待ち受けできません: %4</translation>
    </message>
</context>
<context>
    <name>yard::sessions::SessionDatabase</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user name (1 to 64 characters, no spaces)</source>
        <translation>&quot;%1&quot; はユーザー名ではありません（1～64 文字、空白なし）</translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation>パスワードが空です</translation>
    </message>
    <message>
        <source>no user named &quot;%1&quot;</source>
        <translation>&quot;%1&quot; という名前のユーザーはいません</translation>
    </message>
</context>
<context>
    <name>yard::sessions::SessionKeyFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not a session key (%2 bytes, expected %3); delete it to make a new one (every session ends)</source>
        <translation>%1 はセッション鍵ではありません（%2 バイト、期待値 %3）。削除すると新しい鍵が作られます（すべてのセッションが終了します）</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 を作成できません: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>yard::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>ユーザーを追加</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>パスワード（確認）</translation>
    </message>
    <message>
        <source>Saving the user</source>
        <translation>ユーザーを保存しています</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>パスワード（確認）:</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>パスワードが一致しません。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Could not add the user: %1</source>
        <translation>ユーザーを追加できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>yard::ui::CloseChoice</name>
    <message>
        <source>Keep the servers running in the tray?</source>
        <translation>サーバーをトレイで動かし続けますか？</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) still running. They can keep serving while the window is closed; the tray icon brings the window back.</source>
        <translation>
            <numerusform>%n 台のサーバーがまだ動いています。ウィンドウを閉じても応答を続けられます。トレイアイコンからウィンドウを再表示できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>動かし続ける(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Stop and Quit</source>
        <translation>停止して終了(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again</source>
        <translation>今後は確認しない(&amp;D)</translation>
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
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>ルーム</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続時刻</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
</context>
<context>
    <name>yard::ui::ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Open connections:</source>
        <translation>接続中：</translation>
    </message>
    <message>
        <source>the server is stopped</source>
        <translation>サーバーは停止しています</translation>
    </message>
    <message>
        <source>Requests served:</source>
        <translation>処理したリクエスト：</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>受信：</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>送信：</translation>
    </message>
    <message>
        <source>Every open connection of this server: plain HTTP (keep-alive), WebSocket and event streams, with their client, user, rooms and traffic. Kick closes the selected ones; a WebSocket client is told why (close code 1008).</source>
        <translation>このサーバーの開いているすべての接続: 通常の HTTP（キープアライブ）、WebSocket、イベントストリーム。クライアント、ユーザー、ルーム、通信量を表示します。「切断」は選択した接続を閉じます。WebSocket クライアントには理由が伝えられます（クローズコード 1008）。</translation>
    </message>
</context>
<context>
    <name>yard::ui::ConnectionsPanel</name>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n 件の接続</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by address, user, protocol, room…</source>
        <translation>アドレス、ユーザー、プロトコル、ルームで絞り込み…</translation>
    </message>
    <message>
        <source>Filter connections</source>
        <translation>接続を絞り込む</translation>
    </message>
    <message>
        <source>Live connections</source>
        <translation>ライブ接続</translation>
    </message>
    <message>
        <source>Kick</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>Close the selected connections</source>
        <translation>選択した接続を閉じる</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>送信…</translation>
    </message>
    <message>
        <source>Send a message to the selected WebSocket or event stream</source>
        <translation>選択した WebSocket またはイベントストリームにメッセージを送信</translation>
    </message>
    <message>
        <source>connection %1 (%2, %3)</source>
        <translation>接続 %1（%2、%3）</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>%1 に送信しました。</translation>
    </message>
    <message>
        <source>%1 is gone; nothing was sent.</source>
        <translation>%1 はもうありません。何も送信されませんでした。</translation>
    </message>
</context>
<context>
    <name>yard::ui::ConversationPane</name>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Messages of this connection</source>
        <translation>この接続のメッセージ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>ルーム</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Send to This Connection…</source>
        <translation>この接続に送信…</translation>
    </message>
    <message>
        <source>Send a message to this client as the server</source>
        <translation>サーバーとしてこのクライアントにメッセージを送信</translation>
    </message>
    <message>
        <source>Event stream, connection %1</source>
        <translation>イベントストリーム、接続 %1</translation>
    </message>
    <message>
        <source>WebSocket, connection %1</source>
        <translation>WebSocket、接続 %1</translation>
    </message>
    <message>
        <source>Reading its messages…</source>
        <translation>メッセージを読み込み中…</translation>
    </message>
    <message>
        <source>Cannot read this conversation: %1</source>
        <translation>この会話を読み込めません: %1</translation>
    </message>
    <message>
        <source>Published to the channel, not to one connection.</source>
        <translation>1 つの接続ではなくチャンネルに公開されました。</translation>
    </message>
    <message>
        <source>Open, or ended without its request logged yet.</source>
        <translation>接続中、またはリクエストがまだ記録されずに終了しました。</translation>
    </message>
    <message>
        <source>%1 %2 → %3 from %4
Open %5 · %6 in · %7 out.</source>
        <translation>%1 %2 → %3(%4 から)
接続 %5 · 受信 %6 · 送信 %7。</translation>
    </message>
    <message>
        <source>Showing its first %L1 messages.</source>
        <translation>最初の %L1 件のメッセージを表示しています。</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>メッセージはありません。</translation>
    </message>
</context>
<context>
    <name>yard::ui::HeadersEditor</name>
    <message>
        <source>Header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>レスポンスヘッダー</translation>
    </message>
    <message>
        <source>Add a header</source>
        <translation>ヘッダーを追加</translation>
    </message>
    <message>
        <source>Remove the selected header</source>
        <translation>選択したヘッダーを削除</translation>
    </message>
</context>
<context>
    <name>yard::ui::InfoPage</name>
    <message>
        <source>Answers 200 with JSON: status, uptime, open connections and requests served. No settings of its own.</source>
        <translation>JSON で 200 を返します（ステータス、稼働時間、接続数、処理したリクエスト数）。固有の設定はありません。</translation>
    </message>
</context>
<context>
    <name>yard::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>システムの既定（%1）</translation>
    </message>
</context>
<context>
    <name>yard::ui::LogDetailPane</name>
    <message>
        <source>Request details</source>
        <translation>リクエストの詳細</translation>
    </message>
    <message>
        <source>Select a request to see what the log recorded of it.</source>
        <translation>リクエストを選択すると、ログに記録された内容が表示されます。</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>curl としてコピー</translation>
    </message>
    <message>
        <source>Copy a curl command that repeats this request (Ctrl+Shift+C)</source>
        <translation>このリクエストを再送する curl コマンドをコピー（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>(server address unknown)</source>
        <translation>（サーバーのアドレスが不明）</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>ルート</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>ユーザーエージェント</translation>
    </message>
    <message>
        <source>(none sent)</source>
        <translation>（送信なし）</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>%1… (shortened)</source>
        <translation>%1…（省略）</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>レスポンス</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>タイミング</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>%1 µs (first byte in to last byte out)</source>
        <translation>%1 µs（最初のバイト受信から最後のバイト送信まで）</translation>
    </message>
    <message>
        <source>Log row</source>
        <translation>ログの行</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>method (kept %1 bytes)</source>
        <translation>メソッド（%1 バイトを保持）</translation>
    </message>
    <message>
        <source>target (kept %1 bytes)</source>
        <translation>ターゲット（%1 バイトを保持）</translation>
    </message>
    <message>
        <source>client (kept %1 bytes)</source>
        <translation>クライアント（%1 バイトを保持）</translation>
    </message>
    <message>
        <source>user agent (kept %1 bytes)</source>
        <translation>ユーザーエージェント（%1 バイトを保持）</translation>
    </message>
    <message>
        <source>session (kept %1 bytes)</source>
        <translation>セッション（%1 バイトを保持）</translation>
    </message>
    <message>
        <source>Cut to fit the log</source>
        <translation>ログに収めるため切り詰め</translation>
    </message>
    <message>
        <source>Headers and bodies are not recorded: the request log stores the request line, status, sizes, timing and client of each request, not its header fields or body.</source>
        <translation>ヘッダーとボディは記録されません。リクエストログが保存するのは各リクエストのリクエスト行、ステータス、サイズ、時間、クライアントで、ヘッダーフィールドやボディは保存しません。</translation>
    </message>
    <message>
        <source>Create Route…</source>
        <translation>ルートを作成…</translation>
    </message>
    <message>
        <source>Create a route from this request</source>
        <translation>このリクエストからルートを作成</translation>
    </message>
    <message>
        <source>Add a route that answers this request (a mock for a 404, say) and open it in the route editor</source>
        <translation>このリクエストに応答するルート（404 のモックなど）を追加し、ルートエディターで開きます</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>再送</translation>
    </message>
    <message>
        <source>Send this request again</source>
        <translation>このリクエストをもう一度送信</translation>
    </message>
    <message>
        <source>Send the same method and path to the running server again (the log keeps no body or other headers); the new request joins the log</source>
        <translation>同じメソッドとパスを実行中のサーバーにもう一度送ります（ログには本文や他のヘッダーは残っていません）。新しいリクエストはログに追加されます</translation>
    </message>
    <message>
        <source>Replaying…</source>
        <translation>再送中…</translation>
    </message>
    <message>
        <source>Replayed: %1 in %2 ms</source>
        <translation>再送しました: %1（%2 ミリ秒）</translation>
    </message>
    <message>
        <source>Replay failed: %1</source>
        <translation>再送に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>yard::ui::LogExportFile</name>
    <message>
        <source>%1: cannot export: %2</source>
        <translation>%1: エクスポートできません: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
</context>
<context>
    <name>yard::ui::LogFilterBar</name>
    <message>
        <source>Log filters</source>
        <translation>ログのフィルター</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>Show requests of one method only</source>
        <translation>1 つのメソッドのリクエストだけを表示</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>すべてのメソッド</translation>
    </message>
    <message>
        <source>%1xx</source>
        <translation>%1xx</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>ステータス %1</translation>
    </message>
    <message>
        <source>Show %1 responses (several chips: any of them)</source>
        <translation>%1 のレスポンスを表示（複数選択時はいずれか）</translation>
    </message>
    <message>
        <source>Path filter</source>
        <translation>パスのフィルター</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>ルート</translation>
    </message>
    <message>
        <source>Client filter</source>
        <translation>クライアントのフィルター</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>クライアントのアドレス</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>すべての期間</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>過去 5 分</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>過去 15 分</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Filter expression</source>
        <translation>フィルター式</translation>
    </message>
    <message>
        <source>More filters, as in yardmaster logs --filter: status:404 min:100ms since:10m</source>
        <translation>その他のフィルター（yardmaster logs --filter と同じ）: status:404 min:100ms since:10m</translation>
    </message>
    <message>
        <source>Filter expression error</source>
        <translation>フィルター式のエラー</translation>
    </message>
    <message>
        <source>Any route</source>
        <translation>すべてのルート</translation>
    </message>
    <message>
        <source>No route matched</source>
        <translation>一致するルートなし</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Filter expression: %1</source>
        <translation>フィルター式: %1</translation>
    </message>
    <message>
        <source>Path or message contains… (* matches anything)</source>
        <translation>パスまたはメッセージに含む…(* は任意に一致)</translation>
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
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>WebSocket messages</source>
        <translation>WebSocket メッセージ</translation>
    </message>
    <message>
        <source>Event stream events</source>
        <translation>イベントストリームのイベント</translation>
    </message>
    <message>
        <source>Show requests in the timeline</source>
        <translation>タイムラインにリクエストを表示</translation>
    </message>
    <message>
        <source>Show WebSocket messages in the timeline</source>
        <translation>タイムラインに WebSocket メッセージを表示</translation>
    </message>
    <message>
        <source>Show event stream events in the timeline</source>
        <translation>タイムラインにイベントストリームのイベントを表示</translation>
    </message>
</context>
<context>
    <name>yard::ui::LogHealthLabel</name>
    <message>
        <source>Request log health</source>
        <translation>リクエストログの状態</translation>
    </message>
    <message>
        <source>Not logging: %1</source>
        <translation>ログを記録していません: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) dropped: the log could not keep up</source>
        <translation>
            <numerusform>%Ln 件を記録できませんでした: ログが追いつきませんでした</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the log is %Ln record(s) behind: serving comes first, it catches up</source>
        <translation>
            <numerusform>ログは %Ln 件遅れています: 応答を優先し、後で追いつきます</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yard::ui::LogPauseBar</name>
    <message>
        <source>Log paused</source>
        <translation>ログを一時停止中</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Resume following the log</source>
        <translation>ログの追従を再開</translation>
    </message>
    <message>
        <source>Show the newest rows and follow them again</source>
        <translation>最新の行を表示して再び追従</translation>
    </message>
    <message>
        <source>Paused — no new rows yet</source>
        <translation>一時停止中 — 新しい行はまだありません</translation>
    </message>
    <message numerus="yes">
        <source>Paused — %Ln new row(s)</source>
        <translation>
            <numerusform>一時停止中 — 新しい行 %Ln 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yard::ui::LogRowModel</name>
    <message>
        <source>%1 bytes in, %2 bytes out</source>
        <translation>受信 %1 バイト、送信 %2 バイト</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>ルート</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
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
        <translation>受信者 1 人</translation>
    </message>
    <message>
        <source>%L1 recipients</source>
        <translation>受信者 %L1 人</translation>
    </message>
    <message>
        <source>connection %1</source>
        <translation>接続 %1</translation>
    </message>
    <message>
        <source>Delivered to %L1 connections</source>
        <translation>%L1 件の接続に配信</translation>
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
        <translation>種類</translation>
    </message>
</context>
<context>
    <name>yard::ui::LogTable</name>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
</context>
<context>
    <name>yard::ui::LogView</name>
    <message>
        <source>Request log</source>
        <translation>リクエストログ</translation>
    </message>
    <message>
        <source>No requests yet — they appear here as they arrive.</source>
        <translation>まだリクエストはありません。届きしだい、ここに表示されます。</translation>
    </message>
    <message>
        <source>Log status</source>
        <translation>ログの状態</translation>
    </message>
    <message>
        <source>Follow new requests</source>
        <translation>新しいリクエストを追従</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>追従</translation>
    </message>
    <message>
        <source>Keep the newest request in view; scrolling up pauses</source>
        <translation>最新のリクエストを表示し続けます。上にスクロールすると一時停止します</translation>
    </message>
    <message>
        <source>Export requests</source>
        <translation>リクエストをエクスポート</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Selected Rows as CSV…</source>
        <translation>選択した行を CSV で…</translation>
    </message>
    <message>
        <source>Selected Rows as HAR…</source>
        <translation>選択した行を HAR で…</translation>
    </message>
    <message>
        <source>All Matching Rows as CSV…</source>
        <translation>一致するすべての行を CSV で…</translation>
    </message>
    <message>
        <source>All Matching Rows as HAR…</source>
        <translation>一致するすべての行を HAR で…</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>curl としてコピー</translation>
    </message>
    <message>
        <source>No requests match these filters.</source>
        <translation>このフィルターに一致するリクエストはありません。</translation>
    </message>
    <message>
        <source>Cannot read the log: %1</source>
        <translation>ログを読み込めません: %1</translation>
    </message>
    <message>
        <source>%1 · following</source>
        <translation>%1 · 追従中</translation>
    </message>
    <message>
        <source>%1 · paused</source>
        <translation>%1 · 一時停止中</translation>
    </message>
    <message>
        <source>Export Selected Requests</source>
        <translation>選択したリクエストをエクスポート</translation>
    </message>
    <message>
        <source>Export Matching Requests</source>
        <translation>一致するリクエストをエクスポート</translation>
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
        <translation>%1 にエクスポート中…</translation>
    </message>
    <message>
        <source>Exported the first %L1 requests to %2 (a HAR file holds at most that many; CSV has no limit)</source>
        <translation>最初の %L1 件のリクエストを %2 にエクスポートしました（HAR ファイルの上限です。CSV には上限がありません）</translation>
    </message>
    <message>
        <source>Exported 1 request to %1</source>
        <translation>1 件のリクエストを %1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Exported %L1 requests to %2</source>
        <translation>%L1 件のリクエストを %2 にエクスポートしました</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>%n 行を表示</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not running; nothing can be sent.</source>
        <translation>%1 は実行されていないため、送信できません。</translation>
    </message>
    <message>
        <source>connection %1 of %2</source>
        <translation>%2 の接続 %1</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>%1 に送信しました。</translation>
    </message>
    <message>
        <source>%1 is gone; nothing was sent.</source>
        <translation>%1 はもう存在しないため、何も送信されませんでした。</translation>
    </message>
</context>
<context>
    <name>yard::ui::MainWindow</name>
    <message>
        <source>Routes</source>
        <translation>ルート</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Yardmaster</source>
        <translation>Yardmaster について(&amp;A)</translation>
    </message>
    <message>
        <source>About Yardmaster</source>
        <translation>Yardmaster について</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yardmaster %1&lt;/b&gt;&lt;br&gt;Local HTTP and WebSocket servers for web developers.</source>
        <translation>&lt;b&gt;Yardmaster %1&lt;/b&gt;&lt;br&gt;Web 開発者のためのローカル HTTP・WebSocket サーバー。</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>サーバー(&amp;S)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>ルーム</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Server details</source>
        <translation>サーバーの詳細</translation>
    </message>
    <message>
        <source>Live figures of the selected server</source>
        <translation>選択したサーバーのライブ値</translation>
    </message>
    <message>
        <source>No project open — open a project file (File ▸ Open), or start with the demo project.</source>
        <translation>プロジェクトが開かれていません。プロジェクトファイルを開く（ファイル ▸ 開く）か、デモプロジェクトから始めてください。</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>デモプロジェクトを開く</translation>
    </message>
    <message>
        <source>running</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>The servers keep running. Quit from this icon&apos;s menu.</source>
        <translation>サーバーは動き続けています。このアイコンのメニューから終了できます。</translation>
    </message>
</context>
<context>
    <name>yard::ui::MessageSummary</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>join as %1</source>
        <translation>%1 として参加</translation>
    </message>
    <message>
        <source>joined; members: %1</source>
        <translation>参加しました。メンバー: %1</translation>
    </message>
    <message>
        <source>%1 joined</source>
        <translation>%1 が参加しました</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 が退出しました</translation>
    </message>
    <message>
        <source>error %1: %2</source>
        <translation>エラー %1: %2</translation>
    </message>
    <message>
        <source>← out</source>
        <translation>← 送信</translation>
    </message>
    <message>
        <source>→ in</source>
        <translation>→ 受信</translation>
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
        <translation>停止中です。サーバーを開始すると、ここにトラフィックが表示されます。</translation>
    </message>
    <message numerus="yes">
        <source>%1 req/s    p50 %2    p99 %3    engine errors %4 %    %n open connection(s)</source>
        <translation>
            <numerusform>%1 件/秒    p50 %2    p99 %3    エンジンエラー %4 %    接続 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yard::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>&amp;Start servers when Yardmaster opens</source>
        <translation>Yardmaster の起動時にサーバーを開始する(&amp;S)</translation>
    </message>
    <message>
        <source>When the window &amp;closes with servers running:</source>
        <translation>サーバー動作中にウィンドウを閉じたとき(&amp;C):</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>確認する</translation>
    </message>
    <message>
        <source>Keep them running in the tray</source>
        <translation>トレイで動かし続ける</translation>
    </message>
    <message>
        <source>Stop them and quit</source>
        <translation>停止して終了する</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window stops the servers.</source>
        <translation>このデスクトップにはシステムトレイがありません。ウィンドウを閉じるとサーバーは停止します。</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>リクエストログ</translation>
    </message>
    <message>
        <source>For servers whose project file sets no limit of its own. Applies when a server starts.</source>
        <translation>プロジェクトファイルで上限を設定していないサーバーに適用します。サーバーの起動時に反映されます。</translation>
    </message>
    <message>
        <source>Maximum &amp;rows per server:</source>
        <translation>サーバーごとの最大行数(&amp;R):</translation>
    </message>
    <message>
        <source>Maximum &amp;age in days:</source>
        <translation>最大保存日数(&amp;A):</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>無制限</translation>
    </message>
</context>
<context>
    <name>yard::ui::ProjectFileActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s) and was not opened.</source>
        <translation>
            <numerusform>%1 には %n 件のエラーがあるため、開きませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>プロジェクトを保存できません</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>プロジェクトに名前を付けて保存</translation>
    </message>
    <message>
        <source>Yardmaster projects (*.yard.json);;JSON files (*.json)</source>
        <translation>Yardmaster プロジェクト (*.yard.json);;JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 には保存されていない変更があります。保存しますか？</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <source>Yardmaster projects (*.yard.json);;JSON files (*.json);;All files (*)</source>
        <translation>Yardmaster プロジェクト (*.yard.json);;JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>yard::ui::ProxyPage</name>
    <message>
        <source>Upstream:</source>
        <translation>アップストリーム：</translation>
    </message>
    <message>
        <source>Upstream URL</source>
        <translation>アップストリームの URL</translation>
    </message>
    <message>
        <source>http://127.0.0.1:3000 (your app&apos;s dev server)</source>
        <translation>http://127.0.0.1:3000（アプリの開発サーバー）</translation>
    </message>
    <message>
        <source>Strip the route&apos;s path before forwarding</source>
        <translation>転送前にルートのパスを取り除く</translation>
    </message>
    <message>
        <source>Send the upstream&apos;s own Host header</source>
        <translation>アップストリーム自身の Host ヘッダーを送信</translation>
    </message>
</context>
<context>
    <name>yard::ui::RedirectPage</name>
    <message>
        <source>To:</source>
        <translation>転送先：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス：</translation>
    </message>
    <message>
        <source>Redirect target</source>
        <translation>リダイレクト先</translation>
    </message>
    <message>
        <source>/new-page, /posts/{{params.slug}} or https://example.com/</source>
        <translation>/new-page、/posts/{{params.slug}}、https://example.com/ など</translation>
    </message>
    <message>
        <source>Redirect status</source>
        <translation>リダイレクトのステータス</translation>
    </message>
    <message>
        <source>301 or 308: moved for good (308 keeps the method); 302, 303 or 307: for now</source>
        <translation>301 または 308：恒久的な移動（308 はメソッドを保持）。302、303、307：一時的な移動</translation>
    </message>
    <message>
        <source>Keep the query string</source>
        <translation>クエリ文字列を保持</translation>
    </message>
</context>
<context>
    <name>yard::ui::RespondPage</name>
    <message>
        <source>Status:</source>
        <translation>ステータス：</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>ヘッダー：</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>ボディ：</translation>
    </message>
    <message>
        <source>Body file:</source>
        <translation>ボディのファイル：</translation>
    </message>
    <message>
        <source>Delay:</source>
        <translation>遅延：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>レスポンスボディ</translation>
    </message>
    <message>
        <source>Text or JSON; {{params.id}} and {{query.q}} are filled in</source>
        <translation>テキストまたは JSON。{{params.id}} と {{query.q}} は値に置き換わります</translation>
    </message>
    <message>
        <source>Body file</source>
        <translation>ボディのファイル</translation>
    </message>
    <message>
        <source>or a file, such as www/page.html</source>
        <translation>またはファイル（www/page.html など）</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>JSON ✓</source>
        <translation>JSON ✓</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>%1 文字目が有効な JSON ではありません: %2</translation>
    </message>
</context>
<context>
    <name>yard::ui::RoomMemberModel</name>
    <message>
        <source>Member</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
</context>
<context>
    <name>yard::ui::RoomTableModel</name>
    <message>
        <source>Route</source>
        <translation>ルート</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>ルーム</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー数</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ数</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最終アクティビティ</translation>
    </message>
</context>
<context>
    <name>yard::ui::RoomsPage</name>
    <message>
        <source>Rooms</source>
        <translation>ルーム</translation>
    </message>
    <message>
        <source>WebSocket routes:</source>
        <translation>WebSocket ルート：</translation>
    </message>
    <message>
        <source>none; add a route with the websocket action</source>
        <translation>ありません。websocket アクションのルートを追加してください</translation>
    </message>
    <message>
        <source>The chat rooms open on this server&apos;s websocket routes, with their members. Select a room to speak in it as &quot;server&quot;, close it (its members are told and removed) or kick a member. Clients join rooms with {&quot;type&quot;:&quot;join&quot;,…}.</source>
        <translation>このサーバーの websocket ルートで開いているチャットルームとそのメンバー。ルームを選択すると「server」として発言したり、ルームを閉じたり（メンバーに通知して退出させます）、メンバーを切断したりできます。クライアントは {&quot;type&quot;:&quot;join&quot;,…} でルームに参加します。</translation>
    </message>
</context>
<context>
    <name>yard::ui::RoomsPanel</name>
    <message>
        <source>Chat rooms</source>
        <translation>チャットルーム</translation>
    </message>
    <message>
        <source>Members of the selected room</source>
        <translation>選択したルームのメンバー</translation>
    </message>
    <message>
        <source>Message to the room, sent as &quot;server&quot;</source>
        <translation>ルームへのメッセージ（「server」として送信）</translation>
    </message>
    <message>
        <source>Message to the selected room</source>
        <translation>選択したルームへのメッセージ</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send the message to the selected room</source>
        <translation>選択したルームにメッセージを送信</translation>
    </message>
    <message>
        <source>Close room</source>
        <translation>ルームを閉じる</translation>
    </message>
    <message>
        <source>Close the selected room and remove its members</source>
        <translation>選択したルームを閉じてメンバーを退出させる</translation>
    </message>
    <message>
        <source>Kick member</source>
        <translation>メンバーを切断</translation>
    </message>
    <message>
        <source>Disconnect the selected member</source>
        <translation>選択したメンバーを切断する</translation>
    </message>
    <message>
        <source>The room &quot;%1&quot; is gone; nothing was sent.</source>
        <translation>ルーム「%1」はもうありません。何も送信されませんでした。</translation>
    </message>
    <message>
        <source>Room &quot;%1&quot; closed; its members were told.</source>
        <translation>ルーム「%1」を閉じました。メンバーに通知しました。</translation>
    </message>
    <message>
        <source>The room &quot;%1&quot; is already gone.</source>
        <translation>ルーム「%1」はすでにありません。</translation>
    </message>
    <message>
        <source>Latest messages of the selected room</source>
        <translation>選択したルームの最新メッセージ</translation>
    </message>
</context>
<context>
    <name>yard::ui::RouteForm</name>
    <message>
        <source>Method:</source>
        <translation>メソッド：</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>パス：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>アクション：</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>&quot;*&quot; answers every method</source>
        <translation>&quot;*&quot; はすべてのメソッドに応答します</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>/api/users/:id, /static/*</source>
        <translation>/api/users/:id、/static/*</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Select a route to edit it, or add one with the + button.</source>
        <translation>編集するルートを選択するか、+ ボタンで追加してください。</translation>
    </message>
    <message>
        <source>Edit %1 of route %2</source>
        <translation>ルート %2 の %1 を編集</translation>
    </message>
    <message>
        <source>✗ Not applied: the running server and the project keep the last valid version.</source>
        <translation>✗ 適用されていません。実行中のサーバーとプロジェクトは最後の有効なバージョンのままです。</translation>
    </message>
    <message>
        <source>✗ The running server kept its old routes: %1</source>
        <translation>✗ 実行中のサーバーは古いルートのままです: %1</translation>
    </message>
    <message>
        <source>✓ Applied to the running server</source>
        <translation>✓ 実行中のサーバーに適用しました</translation>
    </message>
    <message>
        <source>✓ Valid. Start the server to serve it.</source>
        <translation>✓ 有効です。配信するにはサーバーを開始してください。</translation>
    </message>
</context>
<context>
    <name>yard::ui::RouteTableModel</name>
    <message>
        <source>Enabled: uncheck to skip this route</source>
        <translation>有効：チェックを外すとこのルートをスキップします</translation>
    </message>
    <message>
        <source>Disabled: check to serve this route again</source>
        <translation>無効：チェックするとこのルートを再び配信します</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2、%3</translation>
    </message>
    <message>
        <source>any method</source>
        <translation>すべてのメソッド</translation>
    </message>
    <message>
        <source>On</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>処理</translation>
    </message>
    <message>
        <source>Enable route %1</source>
        <translation>ルート %1 を有効にする</translation>
    </message>
    <message>
        <source>Disable route %1</source>
        <translation>ルート %1 を無効にする</translation>
    </message>
    <message>
        <source>Move route %1 to position %2</source>
        <translation>ルート %1 を位置 %2 に移動</translation>
    </message>
</context>
<context>
    <name>yard::ui::RoutesPage</name>
    <message>
        <source>Routes, in priority order</source>
        <translation>ルート（優先順）</translation>
    </message>
    <message>
        <source>Filter routes (Ctrl+F)</source>
        <translation>ルートを絞り込む（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter routes</source>
        <translation>ルートを絞り込む</translation>
    </message>
    <message>
        <source>No routes yet — add one with the + button, or open the demo project (resources/demo/demo.yard.json).</source>
        <translation>まだルートがありません。+ ボタンで追加するか、デモプロジェクト（resources/demo/demo.yard.json）を開いてください。</translation>
    </message>
    <message>
        <source>Add route</source>
        <translation>ルートを追加</translation>
    </message>
    <message>
        <source>Remove route</source>
        <translation>ルートを削除</translation>
    </message>
    <message>
        <source>Move up (tried earlier)</source>
        <translation>上へ移動（先に照合）</translation>
    </message>
    <message>
        <source>Move down (tried later)</source>
        <translation>下へ移動（後で照合）</translation>
    </message>
    <message>
        <source>Remove route %1</source>
        <translation>ルート %1 を削除</translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; is no longer in the project.</source>
        <translation>サーバー「%1」はもうプロジェクトにありません。</translation>
    </message>
    <message>
        <source>Create route from request</source>
        <translation>リクエストからルートを作成</translation>
    </message>
</context>
<context>
    <name>yard::ui::SavedFilters</name>
    <message>
        <source>Saved</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>保存したフィルター</translation>
    </message>
    <message>
        <source>Save this filter under a name, or pick one saved before</source>
        <translation>このフィルターに名前を付けて保存、または保存済みのものを選択</translation>
    </message>
    <message>
        <source>No saved filters</source>
        <translation>保存したフィルターはありません</translation>
    </message>
    <message>
        <source>Save Current Filter…</source>
        <translation>現在のフィルターを保存…</translation>
    </message>
    <message>
        <source>Delete Saved Filter</source>
        <translation>保存したフィルターを削除</translation>
    </message>
    <message>
        <source>Save Filter</source>
        <translation>フィルターを保存</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
</context>
<context>
    <name>yard::ui::SendToConnectionDialog</name>
    <message>
        <source>Send to %1</source>
        <translation>%1 に送信</translation>
    </message>
    <message>
        <source>One event to this reader only, sent as the server; the channel&apos;s other readers do not get it.</source>
        <translation>この読み手だけに、サーバーとしてイベントを 1 件送ります。チャネルの他の読み手には届きません。</translation>
    </message>
    <message>
        <source>One text frame to this client only, sent as the server, exactly as typed.</source>
        <translation>このクライアントだけに、サーバーとしてテキストフレームを 1 つ、入力どおりに送ります。</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>イベント名</translation>
    </message>
    <message>
        <source>Text to send</source>
        <translation>送信するテキスト</translation>
    </message>
    <message>
        <source>The event&apos;s data; each line becomes a data line</source>
        <translation>イベントのデータ。各行が data 行になります</translation>
    </message>
    <message>
        <source>{&quot;type&quot;:&quot;message&quot;,&quot;text&quot;:&quot;hello&quot;}</source>
        <translation>{&quot;type&quot;:&quot;message&quot;,&quot;text&quot;:&quot;こんにちは&quot;}</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>イベント(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>テキスト(&amp;T):</translation>
    </message>
    <message>
        <source>An event name is one line of at most 64 bytes.</source>
        <translation>イベント名は 64 バイト以内の 1 行です。</translation>
    </message>
    <message>
        <source>Not valid JSON (%1); it is sent as typed all the same.</source>
        <translation>JSON として無効です（%1）。入力どおりにそのまま送信されます。</translation>
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
        <translation>適用するには再起動</translation>
    </message>
    <message>
        <source>running</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>%1 をブラウザーで開く</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>件/秒</translation>
    </message>
    <message>
        <source>Conn.</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address: write a port, or HOST:PORT</source>
        <translation>&quot;%1&quot; はアドレスではありません。ポートか HOST:PORT を書いてください</translation>
    </message>
    <message>
        <source>Edit server %1</source>
        <translation>サーバー %1 を編集</translation>
    </message>
</context>
<context>
    <name>yard::ui::ServerListPanel</name>
    <message>
        <source>Servers</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Double-click a name, or a stopped server&apos;s address, to change it</source>
        <translation>名前、または停止中のサーバーのアドレスをダブルクリックすると変更できます</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>Start the selected server</source>
        <translation>選択したサーバーを開始</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the selected server (in-flight requests finish first)</source>
        <translation>選択したサーバーを停止（処理中のリクエストは先に完了します）</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>再起動(&amp;R)</translation>
    </message>
    <message>
        <source>Restart the selected server: takes in a new address or limits</source>
        <translation>選択したサーバーを再起動（新しいアドレスや制限を反映）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add a server</source>
        <translation>サーバーを追加</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Duplicate the selected server on the next free port</source>
        <translation>選択したサーバーを次の空きポートで複製</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected server</source>
        <translation>選択したサーバーを削除</translation>
    </message>
    <message>
        <source>server-%1</source>
        <translation>server-%1</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>サーバーを追加</translation>
    </message>
    <message>
        <source>%1-copy</source>
        <translation>%1-copy</translation>
    </message>
    <message>
        <source>Duplicate server</source>
        <translation>サーバーを複製</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>サーバーを削除</translation>
    </message>
</context>
<context>
    <name>yard::ui::SessionTableModel</name>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>サインイン日時</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終アクセス</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
</context>
<context>
    <name>yard::ui::SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>セッション：</translation>
    </message>
    <message>
        <source>off for this server</source>
        <translation>このサーバーではオフ</translation>
    </message>
    <message>
        <source>Cookie:</source>
        <translation>Cookie：</translation>
    </message>
    <message>
        <source>Lifetime:</source>
        <translation>有効期間：</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Protected paths:</source>
        <translation>保護されたパス：</translation>
    </message>
    <message>
        <source>Sign-in page:</source>
        <translation>サインインページ：</translation>
    </message>
    <message>
        <source>Who is signed in to this server, and the users who can sign in. Sessions are kept in the data folder, so they outlive a restart.</source>
        <translation>このサーバーにサインインしているセッションと、サインインできるユーザーです。セッションはデータフォルダーに保存されるため、再起動後も残ります。</translation>
    </message>
</context>
<context>
    <name>yard::ui::SessionsPanel</name>
    <message>
        <source>Sessions are off for this server. To turn them on, add a &quot;sessions&quot; block to the server in the project file (for example {&quot;protect&quot;: [&quot;/admin&quot;]}); signed-in users and their sessions then appear here.</source>
        <translation>このサーバーではセッションがオフです。オンにするには、プロジェクトファイルのサーバーに &quot;sessions&quot; ブロックを追加してください（例: {&quot;protect&quot;: [&quot;/admin&quot;]}）。サインインしたユーザーとそのセッションがここに表示されます。</translation>
    </message>
    <message>
        <source>Signed-in sessions</source>
        <translation>サインイン中のセッション</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>セッションを終了</translation>
    </message>
    <message>
        <source>End the selected session</source>
        <translation>選択したセッションを終了</translation>
    </message>
    <message>
        <source>End all</source>
        <translation>すべて終了</translation>
    </message>
    <message>
        <source>End every session of this server</source>
        <translation>このサーバーのすべてのセッションを終了</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Users who can sign in</source>
        <translation>サインインできるユーザー</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>ユーザーを追加…</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>ユーザーを追加します</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>ユーザーを削除</translation>
    </message>
    <message>
        <source>Remove the selected user</source>
        <translation>選択したユーザーを削除</translation>
    </message>
    <message>
        <source>The sessions database cannot be opened: %1</source>
        <translation>セッションデータベースを開けません: %1</translation>
    </message>
    <message>
        <source>Remove the user %1? Their sessions end on every server.</source>
        <translation>ユーザー %1 を削除しますか？ そのセッションはすべてのサーバーで終了します。</translation>
    </message>
    <message>
        <source>Could not remove the user: %1</source>
        <translation>ユーザーを削除できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>yard::ui::SsePage</name>
    <message>
        <source>Server-Sent Events: a client reads the channel its path names below the route (/events/news reads &quot;news&quot;) and resumes after Last-Event-ID.</source>
        <translation>Server-Sent Events: クライアントはルート配下のパスが示すチャネルを読み取り（/events/news は「news」）、Last-Event-ID の続きから再開します。</translation>
    </message>
    <message>
        <source>Heartbeat every:</source>
        <translation>ハートビート間隔:</translation>
    </message>
    <message>
        <source>Heartbeat interval</source>
        <translation>ハートビート間隔</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ミリ秒</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Replay buffer:</source>
        <translation>再送バッファー:</translation>
    </message>
    <message>
        <source>Events kept per channel for reconnecting readers</source>
        <translation>再接続する読み手のためにチャネルごとに保持するイベント数</translation>
    </message>
    <message>
        <source> events</source>
        <translation> 件</translation>
    </message>
    <message>
        <source>Reconnect after:</source>
        <translation>再接続までの待ち時間:</translation>
    </message>
    <message>
        <source>Reconnection delay sent to readers</source>
        <translation>読み手に送る再接続の待ち時間</translation>
    </message>
    <message>
        <source>browser default</source>
        <translation>ブラウザーの既定値</translation>
    </message>
    <message>
        <source>POST to a channel publishes an event</source>
        <translation>チャネルへの POST でイベントを配信する</translation>
    </message>
</context>
<context>
    <name>yard::ui::StaticPage</name>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>フォルダー：</translation>
    </message>
    <message>
        <source>Cache for:</source>
        <translation>キャッシュ期間：</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>www (relative to the project file)</source>
        <translation>www（プロジェクトファイルからの相対パス）</translation>
    </message>
    <message>
        <source>Cache lifetime</source>
        <translation>キャッシュ期間</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Immutable (files never change under their name)</source>
        <translation>不変（同じ名前のファイルは変わらない）</translation>
    </message>
    <message>
        <source>List folders without an index.html</source>
        <translation>index.html のないフォルダーを一覧表示</translation>
    </message>
    <message>
        <source>Single-page app: unknown paths get index.html</source>
        <translation>シングルページアプリ：不明なパスには index.html を返す</translation>
    </message>
    <message>
        <source>Folder to serve</source>
        <translation>配信するフォルダー</translation>
    </message>
</context>
<context>
    <name>yard::ui::StatusTotals</name>
    <message>
        <source>No project open</source>
        <translation>プロジェクトが開かれていません</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) running</source>
        <translation>
            <numerusform>%n 台中 %1 台のサーバーが稼働中</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 件/秒</translation>
    </message>
    <message numerus="yes">
        <source>%n open connection(s)</source>
        <translation>
            <numerusform>接続 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 requests served</source>
        <translation>%1 件のリクエストを処理</translation>
    </message>
</context>
<context>
    <name>yard::ui::TrayIcon</name>
    <message>
        <source>Show Yardmaster</source>
        <translation>Yardmaster を表示</translation>
    </message>
    <message>
        <source>Stop all servers</source>
        <translation>すべてのサーバーを停止</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message numerus="yes">
        <source>Yardmaster: %1 of %n server(s) running</source>
        <translation>
            <numerusform>Yardmaster：%n 台中 %1 台のサーバーが稼働中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yard::ui::TryItPanel</name>
    <message>
        <source>Try it</source>
        <translation>試す</translation>
    </message>
    <message>
        <source>Send this route&apos;s request to the running server</source>
        <translation>このルートのリクエストを実行中のサーバーに送信</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>curl としてコピー</translation>
    </message>
    <message>
        <source>Copy a curl command line for this request</source>
        <translation>このリクエストの curl コマンドラインをコピー</translation>
    </message>
    <message>
        <source>Start the server to try this route.</source>
        <translation>このルートを試すにはサーバーを開始してください。</translation>
    </message>
    <message>
        <source>Streams and WebSockets are tried with a client, not here.</source>
        <translation>ストリームと WebSocket はここではなくクライアントで試してください。</translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation>%1 %2 を送信中…</translation>
    </message>
    <message>
        <source> · %1 ms</source>
        <translation> · %1 ms</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>応答がありません: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>
… (only the first %1 KiB shown)</source>
        <translation>
…（最初の %1 KiB のみ表示）</translation>
    </message>
</context>
<context>
    <name>yard::ui::WebSocketPage</name>
    <message>
        <source>Chat rooms over WebSocket: clients send {&quot;type&quot;:&quot;join&quot;, &quot;room&quot;:…, &quot;user&quot;:…} and messages; every member of a room receives them. History is kept in the data folder across restarts.</source>
        <translation>WebSocket のチャットルーム: クライアントは {&quot;type&quot;:&quot;join&quot;, &quot;room&quot;:…, &quot;user&quot;:…} とメッセージを送り、ルームの全メンバーが受け取ります。履歴はデータフォルダーに保存され、再起動後も残ります。</translation>
    </message>
    <message>
        <source>Allowed rooms:</source>
        <translation>許可するルーム:</translation>
    </message>
    <message>
        <source>Allowed rooms</source>
        <translation>許可するルーム</translation>
    </message>
    <message>
        <source>any room; or a pattern such as team-* (* and ? wildcards)</source>
        <translation>すべてのルーム、または team-* のようなパターン（ワイルドカード * と ?）</translation>
    </message>
    <message>
        <source>Rooms per connection:</source>
        <translation>接続あたりのルーム数:</translation>
    </message>
    <message>
        <source>Rooms per connection</source>
        <translation>接続あたりのルーム数</translation>
    </message>
    <message>
        <source>Largest message:</source>
        <translation>最大メッセージ:</translation>
    </message>
    <message>
        <source>Largest message</source>
        <translation>最大メッセージ</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> バイト</translation>
    </message>
    <message>
        <source>A larger message closes the connection (code 1009)</source>
        <translation>これより大きいメッセージは接続を閉じます（コード 1009）</translation>
    </message>
    <message>
        <source>Messages per second:</source>
        <translation>1 秒あたりのメッセージ数:</translation>
    </message>
    <message>
        <source>Messages per second</source>
        <translation>1 秒あたりのメッセージ数</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source>History per room:</source>
        <translation>ルームごとの履歴:</translation>
    </message>
    <message>
        <source>History per room</source>
        <translation>ルームごとの履歴</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> 件</translation>
    </message>
    <message>
        <source>Ping a silent client after:</source>
        <translation>無応答のクライアントに ping するまで:</translation>
    </message>
    <message>
        <source>Ping interval</source>
        <translation>ping 間隔</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ミリ秒</translation>
    </message>
</context>
</TS>

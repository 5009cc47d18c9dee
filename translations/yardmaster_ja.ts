<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
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
        <source>unknown filter &apos;%1&apos;; use one of: server, method, status, path, route, client, since, until, min</source>
        <translation>不明なフィルター &apos;%1&apos;。使えるのは server、method、status、path、route、client、since、until、min です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a filter term; write key:value, e.g. status:5xx</source>
        <translation>&apos;%1&apos; はフィルター条件ではありません。key:value の形で書いてください（例: status:5xx）</translation>
    </message>
    <message>
        <source>%1 needs a value after the colon</source>
        <translation>%1 のコロンの後に値が必要です</translation>
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
    <name>yard::ui::MainWindow</name>
    <message>
        <source>Servers</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>ルート</translation>
    </message>
    <message>
        <source>No project open — open a project file (File ▸ Open), or start with the demo project in resources/demo.</source>
        <translation>プロジェクトが開かれていません。プロジェクトファイルを開く（ファイル ▸ 開く）か、resources/demo のデモプロジェクトから始めてください。</translation>
    </message>
    <message>
        <source>Starting servers from the window is not available yet; run them with: yardmaster serve PROJECT</source>
        <translation>ウィンドウからのサーバー起動にはまだ対応していません。次のコマンドで起動してください: yardmaster serve PROJECT</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
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
        <source>Cannot open project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s) and was not opened.</source>
        <translation>
            <numerusform>%1 にはエラーが %n 件あるため、開きませんでした。</numerusform>
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
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <source>Yardmaster projects (*.yard.json);;JSON files (*.json);;All files (*)</source>
        <translation>Yardmaster プロジェクト (*.yard.json);;JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>yard::ui::RouteListWidget</name>
    <message>
        <source>Routes</source>
        <translation>ルート</translation>
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
        <source>Summary</source>
        <translation>概要</translation>
    </message>
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
</TS>

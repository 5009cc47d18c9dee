<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>yard::app</name>
    <message>
        <source>Project to open.</source>
        <translation>Projet à ouvrir.</translation>
    </message>
</context>
<context>
    <name>yard::logging::LogFilter</name>
    <message>
        <source>status:%1: use a class (1xx to 5xx) or a code (100 to 599)</source>
        <translation>status:%1&#xa0;: indiquez une classe (1xx à 5xx) ou un code (100 à 599)</translation>
    </message>
    <message>
        <source>method:%1: not a method name (GET, POST, …)</source>
        <translation>method:%1&#xa0;: ce n&apos;est pas un nom de méthode (GET, POST, …)</translation>
    </message>
    <message>
        <source>route:%1: use a route number (0, 1, …) or none</source>
        <translation>route:%1&#xa0;: indiquez un numéro de route (0, 1, …) ou none</translation>
    </message>
    <message>
        <source>%1:%2: use a time ago (30s, 10m, 2h, 7d) or a date (2024-05-01T12:00:00)</source>
        <translation>%1:%2&#xa0;: indiquez une durée écoulée (30s, 10m, 2h, 7d) ou une date (2024-05-01T12:00:00)</translation>
    </message>
    <message>
        <source>min:%1: use a duration such as 250us, 100ms or 2s</source>
        <translation>min:%1&#xa0;: indiquez une durée, comme 250us, 100ms ou 2s</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;; use one of: server, method, status, path, route, client, since, until, min</source>
        <translation>filtre &apos;%1&apos; inconnu&#x202f;; utilisez l&apos;un de&#xa0;: server, method, status, path, route, client, since, until, min</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a filter term; write key:value, e.g. status:5xx</source>
        <translation>&apos;%1&apos; n&apos;est pas un terme de filtre&#x202f;; écrivez clé:valeur, par ex. status:5xx</translation>
    </message>
    <message>
        <source>%1 needs a value after the colon</source>
        <translation>%1 attend une valeur après les deux-points</translation>
    </message>
</context>
<context>
    <name>yard::logging::LogQuery</name>
    <message>
        <source>%1: cannot read the request log: %2</source>
        <translation>%1&#xa0;: impossible de lire le journal des requêtes&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>yard::logging::LogSchema</name>
    <message>
        <source>written by a newer Yardmaster (log format %1; this one writes format %2)</source>
        <translation>écrit par une version plus récente de Yardmaster (format de journal %1&#x202f;; celle-ci écrit le format %2)</translation>
    </message>
</context>
<context>
    <name>yard::logging::LogWriter</name>
    <message>
        <source>cannot switch it to write-ahead logging</source>
        <translation>impossible de passer en journalisation WAL (write-ahead logging)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>%1: cannot use it as the request log: %2</source>
        <translation>%1&#xa0;: impossible de l&apos;utiliser comme journal des requêtes&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the request log stopped writing: %2</source>
        <translation>%1&#xa0;: le journal des requêtes a cessé d&apos;écrire&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>yard::project::ProjectFile</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is larger than 16 MiB; is it a project?</source>
        <translation>le fichier dépasse 16 Mio&#x202f;; est-ce bien un projet&#x202f;?</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>yard::project::ProjectReader</name>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing; add it (%2)</source>
        <translation>&quot;%1&quot; manque&#x202f;; ajoutez-le (%2)</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>doit être une chaîne, pas %1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>doit être true ou false, pas %1</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>doit être un nombre entier, pas %1</translation>
    </message>
    <message>
        <source>%1 is out of range (use %2)</source>
        <translation>%1 est hors limites (valeurs possibles&#xa0;: %2)</translation>
    </message>
    <message>
        <source>must be an object {…}, not %1</source>
        <translation>doit être un objet {…}, pas %1</translation>
    </message>
    <message>
        <source>must be an array […], not %1</source>
        <translation>doit être un tableau […], pas %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting of %2; remove it or use one of: %3</source>
        <translation>&quot;%1&quot; n&apos;est pas un réglage valable pour %2&#x202f;; supprimez-le ou utilisez l&apos;un de&#xa0;: %3</translation>
    </message>
    <message>
        <source>0 to 86400 seconds; Chromium keeps at most 7200</source>
        <translation>0 à 86400 secondes&#x202f;; Chromium en garde au plus 7200</translation>
    </message>
    <message>
        <source>credentials cannot go with &quot;origins&quot;: &quot;*&quot; (browsers refuse it, per the Fetch standard); list the origins instead</source>
        <translation>credentials est incompatible avec &quot;origins&quot;: &quot;*&quot; (les navigateurs le refusent, selon le standard Fetch)&#x202f;; listez plutôt les origines</translation>
    </message>
    <message>
        <source>cors</source>
        <translation>cors</translation>
    </message>
    <message>
        <source>&quot;origins&quot; is missing; add it (&quot;*&quot; or a list such as [&quot;http://localhost:3000&quot;])</source>
        <translation>&quot;origins&quot; manque&#x202f;; ajoutez-le (&quot;*&quot; ou une liste comme [&quot;http://localhost:3000&quot;])</translation>
    </message>
    <message>
        <source>must be &quot;*&quot; or a list of origins, such as [&quot;http://localhost:3000&quot;]</source>
        <translation>doit être &quot;*&quot; ou une liste d&apos;origines, comme [&quot;http://localhost:3000&quot;]</translation>
    </message>
    <message>
        <source>list at least one origin, or use &quot;*&quot; for any</source>
        <translation>indiquez au moins une origine, ou &quot;*&quot; pour toutes</translation>
    </message>
    <message>
        <source>&quot;*&quot; stands alone; write &quot;origins&quot;: &quot;*&quot;</source>
        <translation>&quot;*&quot; s&apos;utilise seul&#x202f;; écrivez &quot;origins&quot;: &quot;*&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin (use scheme://host:port, such as &quot;http://localhost:3000&quot;)</source>
        <translation>&quot;%1&quot; n&apos;est pas une origine (utilisez scheme://host:port, comme &quot;http://localhost:3000&quot;)</translation>
    </message>
    <message>
        <source>browsers send this origin as &quot;%1&quot;; write it so</source>
        <translation>les navigateurs envoient cette origine sous la forme &quot;%1&quot;&#x202f;; écrivez-la ainsi</translation>
    </message>
    <message>
        <source>must be an HTTP method, such as &quot;PUT&quot;</source>
        <translation>doit être une méthode HTTP, comme &quot;PUT&quot;</translation>
    </message>
    <message>
        <source>must be a header name, such as &quot;Content-Type&quot;</source>
        <translation>doit être un nom d&apos;en-tête, comme &quot;Content-Type&quot;</translation>
    </message>
    <message>
        <source>methods are case-sensitive; write &quot;%1&quot;</source>
        <translation>les méthodes sont sensibles à la casse&#x202f;; écrivez &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header name (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only)</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom d&apos;en-tête (lettres, chiffres et !#$%&amp;&apos;*+-.^_`|~ uniquement)</translation>
    </message>
    <message>
        <source>%1 is set by Yardmaster itself; remove it</source>
        <translation>%1 est défini par Yardmaster lui-même&#x202f;; supprimez-le</translation>
    </message>
    <message>
        <source>%1 belongs to CORS; set &quot;cors&quot; on the server or the route instead</source>
        <translation>%1 relève de CORS&#x202f;; définissez plutôt &quot;cors&quot; sur le serveur ou la route</translation>
    </message>
    <message>
        <source>a header value must be a string</source>
        <translation>une valeur d&apos;en-tête doit être une chaîne</translation>
    </message>
    <message>
        <source>a header value must be on one line</source>
        <translation>une valeur d&apos;en-tête doit tenir sur une ligne</translation>
    </message>
    <message>
        <source>1 to 1000000</source>
        <translation>1 à 1000000</translation>
    </message>
    <message>
        <source>1 to 1000000 requests</source>
        <translation>1 à 1000000 requêtes</translation>
    </message>
    <message>
        <source>list at least one path prefix, or remove &quot;paths&quot; to limit every path</source>
        <translation>indiquez au moins un préfixe de chemin, ou supprimez &quot;paths&quot; pour limiter tous les chemins</translation>
    </message>
    <message>
        <source>must be a path prefix starting with &quot;/&quot;, such as &quot;/api&quot;</source>
        <translation>doit être un préfixe de chemin commençant par &quot;/&quot;, comme &quot;/api&quot;</translation>
    </message>
    <message>
        <source>rateLimit</source>
        <translation>rateLimit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an error status (use 400 to 599, such as &quot;404&quot;)</source>
        <translation>&quot;%1&quot; n&apos;est pas un statut d&apos;erreur (utilisez 400 à 599, comme &quot;404&quot;)</translation>
    </message>
    <message>
        <source>must be the path of a file, such as &quot;errors/404.html&quot;</source>
        <translation>doit être le chemin d&apos;un fichier, comme &quot;errors/404.html&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist (relative paths start at the project file&apos;s folder, %2)</source>
        <translation>&quot;%1&quot; n&apos;existe pas (les chemins relatifs partent du dossier du fichier de projet, %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; give the path of a file</source>
        <translation>&quot;%1&quot; est un dossier&#x202f;; indiquez le chemin d&apos;un fichier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than 1 MiB; an error page should be small</source>
        <translation>&quot;%1&quot; dépasse 1 Mio&#x202f;; une page d&apos;erreur doit rester légère</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>impossible de lire &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses &quot;{{%2}}&quot;; an error page has no path captures (use query.X, header.X or body.X)</source>
        <translation>&quot;%1&quot; utilise &quot;{{%2}}&quot;&#x202f;; une page d&apos;erreur n&apos;a pas de paramètres de chemin (utilisez query.X, header.X ou body.X)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;*&quot; may only be the last segment (&quot;/files/*&quot;)</source>
        <translation>&quot;*&quot; ne peut être que le dernier segment (&quot;/files/*&quot;)</translation>
    </message>
    <message>
        <source>&quot;*&quot; must be a whole segment (&quot;/files/*&quot;, not &quot;/files*&quot;)</source>
        <translation>&quot;*&quot; doit former un segment entier (&quot;/files/*&quot;, pas &quot;/files*&quot;)</translation>
    </message>
    <message>
        <source>a capture starts its segment (&quot;/users/:id&quot;)</source>
        <translation>un paramètre commence son segment (&quot;/users/:id&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a capture name (use letters, digits and _, starting with a letter)</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom de paramètre (lettres, chiffres et _, en commençant par une lettre)</translation>
    </message>
    <message>
        <source>&quot;:%1&quot; is captured twice; give each capture its own name</source>
        <translation>&quot;:%1&quot; apparaît deux fois&#x202f;; donnez à chaque paramètre son propre nom</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with &quot;/&quot;</source>
        <translation>&quot;%1&quot; doit commencer par &quot;/&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space or control character; percent-encode it</source>
        <translation>&quot;%1&quot; contient une espace ou un caractère de contrôle&#x202f;; utilisez l&apos;encodage-pourcent</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains &quot;%2&quot;; routes match the path only, remove the query</source>
        <translation>&quot;%1&quot; contient &quot;%2&quot;&#x202f;; les routes ne comparent que le chemin, retirez la chaîne de requête</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty segment (&quot;//&quot;); remove the extra &quot;/&quot;</source>
        <translation>&quot;%1&quot; a un segment vide (&quot;//&quot;)&#x202f;; retirez le &quot;/&quot; en trop</translation>
    </message>
    <message>
        <source>this file was written by a newer Yardmaster (format %1); this one reads format %2 and older, update Yardmaster</source>
        <translation>ce fichier a été écrit par une version plus récente de Yardmaster (format %1)&#x202f;; celle-ci lit le format %2 et antérieurs, mettez Yardmaster à jour</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>a server must be an object {&quot;name&quot;: …, &quot;port&quot;: …}</source>
        <translation>un serveur doit être un objet {&quot;name&quot;: …, &quot;port&quot;: …}</translation>
    </message>
    <message>
        <source>a server needs a name, such as &quot;web&quot;</source>
        <translation>un serveur a besoin d&apos;un nom, comme &quot;web&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address to listen on (use 127.0.0.1, ::1, localhost, or 0.0.0.0 for every interface)</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse d&apos;écoute (utilisez 127.0.0.1, ::1, localhost, ou 0.0.0.0 pour toutes les interfaces)</translation>
    </message>
    <message>
        <source>0 to 65535; 0 picks a free port</source>
        <translation>0 à 65535&#x202f;; 0 choisit un port libre</translation>
    </message>
    <message>
        <source>1 to 64 threads</source>
        <translation>1 à 64 threads</translation>
    </message>
    <message>
        <source>a server</source>
        <translation>un serveur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cookie name (no spaces, &quot;=&quot; or &quot;;&quot;)</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom de cookie (ni espace, ni &quot;=&quot;, ni &quot;;&quot;)</translation>
    </message>
    <message>
        <source>0 to 34560000 seconds, 400 days</source>
        <translation>0 à 34560000 secondes, soit 400 jours</translation>
    </message>
    <message>
        <source>must be a path starting with &quot;/&quot;, such as &quot;/dashboard&quot;</source>
        <translation>doit être un chemin commençant par &quot;/&quot;, comme &quot;/dashboard&quot;</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>0 for no limit, or more</source>
        <translation>0 pour aucune limite, ou plus</translation>
    </message>
    <message>
        <source>0 for no limit, up to 3650 days</source>
        <translation>0 pour aucune limite, jusqu&apos;à 3650 jours</translation>
    </message>
    <message>
        <source>log</source>
        <translation>log</translation>
    </message>
    <message>
        <source>0 or more bytes</source>
        <translation>0 octet ou plus</translation>
    </message>
    <message>
        <source>1024 to 1048576 bytes</source>
        <translation>1024 à 1048576 octets</translation>
    </message>
    <message>
        <source>100 to 600000 milliseconds</source>
        <translation>100 à 600000 millisecondes</translation>
    </message>
    <message>
        <source>100 to 3600000 milliseconds</source>
        <translation>100 à 3600000 millisecondes</translation>
    </message>
    <message>
        <source>limits</source>
        <translation>limits</translation>
    </message>
    <message>
        <source>another server is already named &quot;%1&quot;; give each server its own name</source>
        <translation>un autre serveur s&apos;appelle déjà &quot;%1&quot;&#x202f;; donnez à chaque serveur son propre nom</translation>
    </message>
    <message>
        <source>another server already listens on %1; use another port</source>
        <translation>un autre serveur écoute déjà sur %1&#x202f;; utilisez un autre port</translation>
    </message>
    <message>
        <source>a project is a JSON object {&quot;version&quot;: 1, &quot;servers&quot;: […]}</source>
        <translation>un projet est un objet JSON {&quot;version&quot;: 1, &quot;servers&quot;: […]}</translation>
    </message>
    <message>
        <source>1 for this file format</source>
        <translation>1 pour ce format de fichier</translation>
    </message>
    <message>
        <source>add at least one server</source>
        <translation>ajoutez au moins un serveur</translation>
    </message>
    <message>
        <source>a project</source>
        <translation>un projet</translation>
    </message>
    <message>
        <source>a route must be an object {&quot;path&quot;: …, &quot;action&quot;: …}</source>
        <translation>une route doit être un objet {&quot;path&quot;: …, &quot;action&quot;: …}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action (use respond, redirect, static, proxy, websocket, sse or health)</source>
        <translation>&quot;%1&quot; n&apos;est pas une action (utilisez respond, redirect, static, proxy, websocket, sse ou health)</translation>
    </message>
    <message>
        <source>a %1 route mounts a prefix; remove the &quot;:&quot; capture (&quot;/assets&quot; or &quot;/assets/*&quot;)</source>
        <translation>une route %1 sert un préfixe&#x202f;; retirez le paramètre &quot;:&quot; (&quot;/assets&quot; ou &quot;/assets/*&quot;)</translation>
    </message>
    <message>
        <source>a %1 route</source>
        <translation>une route %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP method (use GET, POST, … or &quot;*&quot; for any)</source>
        <translation>&quot;%1&quot; n&apos;est pas une méthode HTTP (utilisez GET, POST, … ou &quot;*&quot; pour toutes)</translation>
    </message>
    <message>
        <source>200 to 599</source>
        <translation>200 à 599</translation>
    </message>
    <message>
        <source>0 to 60000 milliseconds</source>
        <translation>0 à 60000 millisecondes</translation>
    </message>
    <message>
        <source>a route has &quot;body&quot; or &quot;bodyFile&quot;, not both; remove one</source>
        <translation>une route a &quot;body&quot; ou &quot;bodyFile&quot;, pas les deux&#x202f;; retirez-en un</translation>
    </message>
    <message>
        <source>a %1 response has no body; remove the body or use 200</source>
        <translation>une réponse %1 n&apos;a pas de corps&#x202f;; retirez le corps ou utilisez 200</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a redirect target (use a path such as &quot;/new-page&quot; or an http(s):// URL)</source>
        <translation>&quot;%1&quot; n&apos;est pas une cible de redirection (utilisez un chemin comme &quot;/new-page&quot; ou une URL http(s)://)</translation>
    </message>
    <message>
        <source>301 to 308</source>
        <translation>301 à 308</translation>
    </message>
    <message>
        <source>%1 is not a redirect status (use 301, 302, 303, 307 or 308)</source>
        <translation>%1 n&apos;est pas un statut de redirection (utilisez 301, 302, 303, 307 ou 308)</translation>
    </message>
    <message>
        <source>0 to 315360000 seconds, ten years</source>
        <translation>0 à 315360000 secondes, soit dix ans</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an upstream URL (use http://HOST:PORT with an optional path, such as &quot;http://127.0.0.1:3000&quot;)</source>
        <translation>&quot;%1&quot; n&apos;est pas une URL amont (utilisez http://HOST:PORT suivi d&apos;un chemin facultatif, comme &quot;http://127.0.0.1:3000&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a file; a static root must be a folder</source>
        <translation>&quot;%1&quot; est un fichier&#x202f;; la racine d&apos;un dossier statique doit être un dossier</translation>
    </message>
    <message>
        <source>%1 is not a capture of this route&apos;s path (it has none; add &quot;:%2&quot; to the path)</source>
        <translation>%1 n&apos;est pas un paramètre du chemin de cette route (il n&apos;en a aucun&#x202f;; ajoutez &quot;:%2&quot; au chemin)</translation>
    </message>
    <message>
        <source>%1 is not a capture of this route&apos;s path (captures: %2)</source>
        <translation>%1 n&apos;est pas un paramètre du chemin de cette route (paramètres&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 does not name a header (write header.NAME, such as header.User-Agent)</source>
        <translation>%1 ne désigne pas un en-tête (écrivez header.NAME, comme header.User-Agent)</translation>
    </message>
    <message>
        <source>%1 is not a body field path (use names and indices separated by dots, such as body.user.name or body.items.0)</source>
        <translation>%1 n&apos;est pas un chemin de champ du corps (utilisez des noms et des indices séparés par des points, comme body.user.name ou body.items.0)</translation>
    </message>
    <message>
        <source>%1 does not name a query parameter (write query.NAME, such as query.page)</source>
        <translation>%1 ne désigne pas un paramètre de requête (écrivez query.NAME, comme query.page)</translation>
    </message>
    <message>
        <source>%1 is not a session value (use session.user)</source>
        <translation>%1 n&apos;est pas une valeur de session (utilisez session.user)</translation>
    </message>
    <message>
        <source>%1 is not a template value (use params.X, query.X, header.X, body.X or session.user)</source>
        <translation>%1 n&apos;est pas une valeur de modèle (utilisez params.X, query.X, header.X, body.X ou session.user)</translation>
    </message>
    <message>
        <source>&quot;{{&quot; is not closed; write &quot;}}&quot; after the value name</source>
        <translation>&quot;{{&quot; n&apos;est pas fermé&#x202f;; écrivez &quot;}}&quot; après le nom de la valeur</translation>
    </message>
    <message>
        <source>needs the server&apos;s &quot;sessions&quot; settings, such as &quot;sessions&quot;: {&quot;protect&quot;: []}</source>
        <translation>nécessite les réglages « sessions » du serveur, par exemple &quot;sessions&quot;: {&quot;protect&quot;: []}</translation>
    </message>
    <message>
        <source>must be a plain path starting with &quot;/&quot; (no query, &quot;*&quot; or &quot;:&quot;), such as &quot;/login&quot;</source>
        <translation>doit être un chemin simple commençant par « / » (sans requête, « * » ni « : »), par exemple &quot;/login&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable name (letters, digits and &quot;_&quot;, not starting with a digit), such as &quot;WEB_API_KEYS&quot;</source>
        <translation>« %1 » n’est pas un nom de variable d’environnement (lettres, chiffres et « _ », sans chiffre au début), par exemple &quot;WEB_API_KEYS&quot;</translation>
    </message>
</context>
<context>
    <name>yard::proxy::ProxyExchange</name>
    <message>
        <source>connection failed (%1)</source>
        <translation>échec de la connexion (%1)</translation>
    </message>
    <message>
        <source>it closed the connection without answering</source>
        <translation>il a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <source>it did not accept a connection within %1 ms</source>
        <translation>il n’a pas accepté de connexion en %1 ms</translation>
    </message>
    <message>
        <source>it did not answer within %1 ms</source>
        <translation>il n’a pas répondu en %1 ms</translation>
    </message>
    <message>
        <source>it sent nothing for %1 ms</source>
        <translation>il n’a rien envoyé pendant %1 ms</translation>
    </message>
    <message>
        <source>504 Gateway Timeout</source>
        <translation>504 Délai de la passerelle dépassé</translation>
    </message>
    <message>
        <source>502 Bad Gateway</source>
        <translation>502 Mauvaise passerelle</translation>
    </message>
    <message>
        <source>Is your dev server running on %1?</source>
        <translation>Votre serveur de développement tourne-t-il sur %1 ?</translation>
    </message>
    <message>
        <source>Yardmaster could not get an answer from the upstream %1: %2.</source>
        <translation>Yardmaster n’a pas obtenu de réponse de l’upstream %1 : %2.</translation>
    </message>
    <message>
        <source>its response was not valid HTTP (%1)</source>
        <translation>sa réponse n’était pas du HTTP valide (%1)</translation>
    </message>
    <message>
        <source>it switched protocols without being asked to</source>
        <translation>il a changé de protocole sans qu’on le lui demande</translation>
    </message>
    <message>
        <source>its chunked body was malformed</source>
        <translation>son corps chunked était mal formé</translation>
    </message>
</context>
<context>
    <name>yard::proxy::ProxyTarget</name>
    <message>
        <source>the upstream host %1 does not resolve: %2</source>
        <translation>l’hôte upstream %1 ne se résout pas : %2</translation>
    </message>
</context>
<context>
    <name>yard::routing::LoginPage</name>
    <message>
        <source>Too many attempts. Wait a minute, then try again.</source>
        <translation>Trop de tentatives. Attendez une minute, puis réessayez.</translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>yard::routing::RouteTable</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: sessions need a data folder for their key and users</source>
        <translation>%1 : les sessions ont besoin d’un dossier de données pour leur clé et les utilisateurs</translation>
    </message>
</context>
<context>
    <name>yard::server::ServerInstance</name>
    <message>
        <source>%1: &quot;%2&quot; is not an address to listen on</source>
        <translation>%1&#xa0;: &quot;%2&quot; n&apos;est pas une adresse d&apos;écoute</translation>
    </message>
    <message>
        <source>%1: cannot listen on %2:%3: %4</source>
        <translation>%1&#xa0;: impossible d&apos;écouter sur %2:%3&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>yard::sessions::SessionDatabase</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user name (1 to 64 characters, no spaces)</source>
        <translation>« %1 » n’est pas un nom d’utilisateur (1 à 64 caractères, sans espace)</translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation>le mot de passe est vide</translation>
    </message>
    <message>
        <source>no user named &quot;%1&quot;</source>
        <translation>aucun utilisateur nommé « %1 »</translation>
    </message>
</context>
<context>
    <name>yard::sessions::SessionKeyFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a session key (%2 bytes, expected %3); delete it to make a new one (every session ends)</source>
        <translation>%1 n’est pas une clé de session (%2 octets, %3 attendus) ; supprimez-le pour en créer une nouvelle (toutes les sessions prennent fin)</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>yard::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
</context>
<context>
    <name>yard::ui::MainWindow</name>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <source>No project open — open a project file (File ▸ Open), or start with the demo project in resources/demo.</source>
        <translation>Aucun projet ouvert — ouvrez un fichier de projet (Fichier ▸ Ouvrir) ou commencez par le projet de démonstration dans resources/demo.</translation>
    </message>
    <message>
        <source>Starting servers from the window is not available yet; run them with: yardmaster serve PROJECT</source>
        <translation>Le démarrage des serveurs depuis la fenêtre n&apos;est pas encore disponible&#x202f;; lancez-les avec&#xa0;: yardmaster serve PROJECT</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Yardmaster</source>
        <translation>À &amp;propos de Yardmaster</translation>
    </message>
    <message>
        <source>About Yardmaster</source>
        <translation>À propos de Yardmaster</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yardmaster %1&lt;/b&gt;&lt;br&gt;Local HTTP and WebSocket servers for web developers.</source>
        <translation>&lt;b&gt;Yardmaster %1&lt;/b&gt;&lt;br&gt;Serveurs HTTP et WebSocket locaux pour les développeurs web.</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Impossible d&apos;ouvrir le projet</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s) and was not opened.</source>
        <translation>
            <numerusform>%1 contient %n erreur et n&apos;a pas été ouvert.</numerusform>
            <numerusform>%1 contient %n erreurs et n&apos;a pas été ouvert.</numerusform>
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
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Yardmaster projects (*.yard.json);;JSON files (*.json);;All files (*)</source>
        <translation>Projets Yardmaster (*.yard.json);;Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>yard::ui::RouteListWidget</name>
    <message>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>fichier %1</translation>
    </message>
    <message>
        <source>→ %1 (%2)</source>
        <translation>→ %1 (%2)</translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>dossier %1</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>chat rooms</source>
        <translation>salons de discussion</translation>
    </message>
    <message>
        <source>server-sent events</source>
        <translation>Server-Sent Events</translation>
    </message>
    <message>
        <source>health check (JSON)</source>
        <translation>contrôle de santé (JSON)</translation>
    </message>
</context>
</TS>

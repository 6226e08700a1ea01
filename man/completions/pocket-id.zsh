#compdef pocket-id

autoload -U is-at-least

_pocket-id() {
    typeset -A opt_args
    typeset -a _arguments_options
    local ret=1

    if is-at-least 5.2; then
        _arguments_options=(-s -S -C)
    else
        _arguments_options=(-s -C)
    fi

    local context curcontext="$curcontext" state line
    _arguments "${_arguments_options[@]}" : \
'--config=[A TOML configuration file (keys as in the README; environment and flags override it)]:FILE:_files' \
'--public-url=[Public URL of this server, e.g. https\://id.example.com \[env\: POCKET_ID_PUBLIC_URL\]]:URL:_default' \
'--listen=[Address to serve HTTP on \[default\: 0.0.0.0\:1411\] \[env\: POCKET_ID_LISTEN\]]:ADDR:_default' \
'--data-dir=[Directory for the database and the admin socket \[default\: ./data\] \[env\: POCKET_ID_DATA_DIR\]]:DIR:_default' \
'--database-url=[Database URL\: sqlite\://PATH or postgres\://… \[default\: the SQLite file in the data directory\] \[env\: POCKET_ID_DATABASE_URL, or POCKET_ID_DATABASE_URL_FILE\]]:URL:_default' \
'--admin-socket=[Path of the admin socket, or \`off\` \[default\: DATA_DIR/admin.sock\] \[env\: POCKET_ID_ADMIN_SOCKET\]]:PATH:_default' \
'--log-level=[Log filter\: error, warn, info, debug, trace, or tracing directives \[default\: info\] \[env\: POCKET_ID_LOG_LEVEL\]]:FILTER:_default' \
'--log-format=[Log format\: human or json \[default\: human\] \[env\: POCKET_ID_LOG_FORMAT\]]:FORMAT:_default' \
'--trusted-proxies=[Comma-separated IPs or CIDRs of reverse proxies whose X-Forwarded-For is trusted \[env\: POCKET_ID_TRUSTED_PROXIES\]]:LIST:_default' \
'--rp-id=[WebAuthn relying party id \[default\: the public URL'\''s host\] \[env\: POCKET_ID_RP_ID\]]:DOMAIN:_default' \
'--rp-origin=[Origin passkey ceremonies must come from \[default\: the public URL\] \[env\: POCKET_ID_RP_ORIGIN\]]:URL:_default' \
'--session-idle=[How long a session lasts without use, like 12h \[default\: 24h\] \[env\: POCKET_ID_SESSION_IDLE\]]:DURATION:_default' \
'--session-lifetime=[How long a session lasts at most, like 30d \[default\: 14d\] \[env\: POCKET_ID_SESSION_LIFETIME\]]:DURATION:_default' \
'--signup=[Who may sign up\: disabled, invite-only (with a sign-up link) or open \[default\: disabled\] \[env\: POCKET_ID_SIGNUP\]]:MODE:_default' \
'--encryption-key-file=[File holding the key that encrypts the token signing keys\: 32 bytes as 64 hex digits or base64 \[default\: DATA_DIR/encryption.key, made on first start\] \[env\: POCKET_ID_ENCRYPTION_KEY_FILE\]]:FILE:_default' \
'--encryption-key=[The key that encrypts the signing keys, inline; prefer --encryption-key-file, as other local users can read flags in the process list \[env\: POCKET_ID_ENCRYPTION_KEY\]]:KEY:_default' \
'--key-rotation=[How often token signing keys are rotated, like 30d, or \`off\` \[default\: 90d\] \[env\: POCKET_ID_KEY_ROTATION\]]:DURATION:_default' \
'--metrics=[Serve Prometheus metrics at /metrics\: on or off \[default\: off\] \[env\: POCKET_ID_METRICS\]]:on|off:_default' \
'--metrics-token=[Bearer token a scraper must send for /metrics over HTTP; without one, /metrics is served only on the admin socket \[env\: POCKET_ID_METRICS_TOKEN\]]:TOKEN:_default' \
'--rate-limits=[Limit sign-in ceremonies and login-code attempts per address and per passkey\: on or off; off only for load tests \[default\: on\] \[env\: POCKET_ID_RATE_LIMITS\]]:on|off:_default' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_pocket-id_commands" \
"*::: :->pocket-id" \
&& ret=0
    case $state in
    (pocket-id)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocket-id-command-$line[1]:"
        case $line[1] in
            (serve)
_arguments "${_arguments_options[@]}" : \
'--config=[A TOML configuration file (keys as in the README; environment and flags override it)]:FILE:_files' \
'--public-url=[Public URL of this server, e.g. https\://id.example.com \[env\: POCKET_ID_PUBLIC_URL\]]:URL:_default' \
'--listen=[Address to serve HTTP on \[default\: 0.0.0.0\:1411\] \[env\: POCKET_ID_LISTEN\]]:ADDR:_default' \
'--data-dir=[Directory for the database and the admin socket \[default\: ./data\] \[env\: POCKET_ID_DATA_DIR\]]:DIR:_default' \
'--database-url=[Database URL\: sqlite\://PATH or postgres\://… \[default\: the SQLite file in the data directory\] \[env\: POCKET_ID_DATABASE_URL, or POCKET_ID_DATABASE_URL_FILE\]]:URL:_default' \
'--admin-socket=[Path of the admin socket, or \`off\` \[default\: DATA_DIR/admin.sock\] \[env\: POCKET_ID_ADMIN_SOCKET\]]:PATH:_default' \
'--log-level=[Log filter\: error, warn, info, debug, trace, or tracing directives \[default\: info\] \[env\: POCKET_ID_LOG_LEVEL\]]:FILTER:_default' \
'--log-format=[Log format\: human or json \[default\: human\] \[env\: POCKET_ID_LOG_FORMAT\]]:FORMAT:_default' \
'--trusted-proxies=[Comma-separated IPs or CIDRs of reverse proxies whose X-Forwarded-For is trusted \[env\: POCKET_ID_TRUSTED_PROXIES\]]:LIST:_default' \
'--rp-id=[WebAuthn relying party id \[default\: the public URL'\''s host\] \[env\: POCKET_ID_RP_ID\]]:DOMAIN:_default' \
'--rp-origin=[Origin passkey ceremonies must come from \[default\: the public URL\] \[env\: POCKET_ID_RP_ORIGIN\]]:URL:_default' \
'--session-idle=[How long a session lasts without use, like 12h \[default\: 24h\] \[env\: POCKET_ID_SESSION_IDLE\]]:DURATION:_default' \
'--session-lifetime=[How long a session lasts at most, like 30d \[default\: 14d\] \[env\: POCKET_ID_SESSION_LIFETIME\]]:DURATION:_default' \
'--signup=[Who may sign up\: disabled, invite-only (with a sign-up link) or open \[default\: disabled\] \[env\: POCKET_ID_SIGNUP\]]:MODE:_default' \
'--encryption-key-file=[File holding the key that encrypts the token signing keys\: 32 bytes as 64 hex digits or base64 \[default\: DATA_DIR/encryption.key, made on first start\] \[env\: POCKET_ID_ENCRYPTION_KEY_FILE\]]:FILE:_default' \
'--encryption-key=[The key that encrypts the signing keys, inline; prefer --encryption-key-file, as other local users can read flags in the process list \[env\: POCKET_ID_ENCRYPTION_KEY\]]:KEY:_default' \
'--key-rotation=[How often token signing keys are rotated, like 30d, or \`off\` \[default\: 90d\] \[env\: POCKET_ID_KEY_ROTATION\]]:DURATION:_default' \
'--metrics=[Serve Prometheus metrics at /metrics\: on or off \[default\: off\] \[env\: POCKET_ID_METRICS\]]:on|off:_default' \
'--metrics-token=[Bearer token a scraper must send for /metrics over HTTP; without one, /metrics is served only on the admin socket \[env\: POCKET_ID_METRICS_TOKEN\]]:TOKEN:_default' \
'--rate-limits=[Limit sign-in ceremonies and login-code attempts per address and per passkey\: on or off; off only for load tests \[default\: on\] \[env\: POCKET_ID_RATE_LIMITS\]]:on|off:_default' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(check-config)
_arguments "${_arguments_options[@]}" : \
'--config=[A TOML configuration file (keys as in the README; environment and flags override it)]:FILE:_files' \
'--public-url=[Public URL of this server, e.g. https\://id.example.com \[env\: POCKET_ID_PUBLIC_URL\]]:URL:_default' \
'--listen=[Address to serve HTTP on \[default\: 0.0.0.0\:1411\] \[env\: POCKET_ID_LISTEN\]]:ADDR:_default' \
'--data-dir=[Directory for the database and the admin socket \[default\: ./data\] \[env\: POCKET_ID_DATA_DIR\]]:DIR:_default' \
'--database-url=[Database URL\: sqlite\://PATH or postgres\://… \[default\: the SQLite file in the data directory\] \[env\: POCKET_ID_DATABASE_URL, or POCKET_ID_DATABASE_URL_FILE\]]:URL:_default' \
'--admin-socket=[Path of the admin socket, or \`off\` \[default\: DATA_DIR/admin.sock\] \[env\: POCKET_ID_ADMIN_SOCKET\]]:PATH:_default' \
'--log-level=[Log filter\: error, warn, info, debug, trace, or tracing directives \[default\: info\] \[env\: POCKET_ID_LOG_LEVEL\]]:FILTER:_default' \
'--log-format=[Log format\: human or json \[default\: human\] \[env\: POCKET_ID_LOG_FORMAT\]]:FORMAT:_default' \
'--trusted-proxies=[Comma-separated IPs or CIDRs of reverse proxies whose X-Forwarded-For is trusted \[env\: POCKET_ID_TRUSTED_PROXIES\]]:LIST:_default' \
'--rp-id=[WebAuthn relying party id \[default\: the public URL'\''s host\] \[env\: POCKET_ID_RP_ID\]]:DOMAIN:_default' \
'--rp-origin=[Origin passkey ceremonies must come from \[default\: the public URL\] \[env\: POCKET_ID_RP_ORIGIN\]]:URL:_default' \
'--session-idle=[How long a session lasts without use, like 12h \[default\: 24h\] \[env\: POCKET_ID_SESSION_IDLE\]]:DURATION:_default' \
'--session-lifetime=[How long a session lasts at most, like 30d \[default\: 14d\] \[env\: POCKET_ID_SESSION_LIFETIME\]]:DURATION:_default' \
'--signup=[Who may sign up\: disabled, invite-only (with a sign-up link) or open \[default\: disabled\] \[env\: POCKET_ID_SIGNUP\]]:MODE:_default' \
'--encryption-key-file=[File holding the key that encrypts the token signing keys\: 32 bytes as 64 hex digits or base64 \[default\: DATA_DIR/encryption.key, made on first start\] \[env\: POCKET_ID_ENCRYPTION_KEY_FILE\]]:FILE:_default' \
'--encryption-key=[The key that encrypts the signing keys, inline; prefer --encryption-key-file, as other local users can read flags in the process list \[env\: POCKET_ID_ENCRYPTION_KEY\]]:KEY:_default' \
'--key-rotation=[How often token signing keys are rotated, like 30d, or \`off\` \[default\: 90d\] \[env\: POCKET_ID_KEY_ROTATION\]]:DURATION:_default' \
'--metrics=[Serve Prometheus metrics at /metrics\: on or off \[default\: off\] \[env\: POCKET_ID_METRICS\]]:on|off:_default' \
'--metrics-token=[Bearer token a scraper must send for /metrics over HTTP; without one, /metrics is served only on the admin socket \[env\: POCKET_ID_METRICS_TOKEN\]]:TOKEN:_default' \
'--rate-limits=[Limit sign-in ceremonies and login-code attempts per address and per passkey\: on or off; off only for load tests \[default\: on\] \[env\: POCKET_ID_RATE_LIMITS\]]:on|off:_default' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(migrate)
_arguments "${_arguments_options[@]}" : \
'--config=[A TOML configuration file (keys as in the README; environment and flags override it)]:FILE:_files' \
'--public-url=[Public URL of this server, e.g. https\://id.example.com \[env\: POCKET_ID_PUBLIC_URL\]]:URL:_default' \
'--listen=[Address to serve HTTP on \[default\: 0.0.0.0\:1411\] \[env\: POCKET_ID_LISTEN\]]:ADDR:_default' \
'--data-dir=[Directory for the database and the admin socket \[default\: ./data\] \[env\: POCKET_ID_DATA_DIR\]]:DIR:_default' \
'--database-url=[Database URL\: sqlite\://PATH or postgres\://… \[default\: the SQLite file in the data directory\] \[env\: POCKET_ID_DATABASE_URL, or POCKET_ID_DATABASE_URL_FILE\]]:URL:_default' \
'--admin-socket=[Path of the admin socket, or \`off\` \[default\: DATA_DIR/admin.sock\] \[env\: POCKET_ID_ADMIN_SOCKET\]]:PATH:_default' \
'--log-level=[Log filter\: error, warn, info, debug, trace, or tracing directives \[default\: info\] \[env\: POCKET_ID_LOG_LEVEL\]]:FILTER:_default' \
'--log-format=[Log format\: human or json \[default\: human\] \[env\: POCKET_ID_LOG_FORMAT\]]:FORMAT:_default' \
'--trusted-proxies=[Comma-separated IPs or CIDRs of reverse proxies whose X-Forwarded-For is trusted \[env\: POCKET_ID_TRUSTED_PROXIES\]]:LIST:_default' \
'--rp-id=[WebAuthn relying party id \[default\: the public URL'\''s host\] \[env\: POCKET_ID_RP_ID\]]:DOMAIN:_default' \
'--rp-origin=[Origin passkey ceremonies must come from \[default\: the public URL\] \[env\: POCKET_ID_RP_ORIGIN\]]:URL:_default' \
'--session-idle=[How long a session lasts without use, like 12h \[default\: 24h\] \[env\: POCKET_ID_SESSION_IDLE\]]:DURATION:_default' \
'--session-lifetime=[How long a session lasts at most, like 30d \[default\: 14d\] \[env\: POCKET_ID_SESSION_LIFETIME\]]:DURATION:_default' \
'--signup=[Who may sign up\: disabled, invite-only (with a sign-up link) or open \[default\: disabled\] \[env\: POCKET_ID_SIGNUP\]]:MODE:_default' \
'--encryption-key-file=[File holding the key that encrypts the token signing keys\: 32 bytes as 64 hex digits or base64 \[default\: DATA_DIR/encryption.key, made on first start\] \[env\: POCKET_ID_ENCRYPTION_KEY_FILE\]]:FILE:_default' \
'--encryption-key=[The key that encrypts the signing keys, inline; prefer --encryption-key-file, as other local users can read flags in the process list \[env\: POCKET_ID_ENCRYPTION_KEY\]]:KEY:_default' \
'--key-rotation=[How often token signing keys are rotated, like 30d, or \`off\` \[default\: 90d\] \[env\: POCKET_ID_KEY_ROTATION\]]:DURATION:_default' \
'--metrics=[Serve Prometheus metrics at /metrics\: on or off \[default\: off\] \[env\: POCKET_ID_METRICS\]]:on|off:_default' \
'--metrics-token=[Bearer token a scraper must send for /metrics over HTTP; without one, /metrics is served only on the admin socket \[env\: POCKET_ID_METRICS_TOKEN\]]:TOKEN:_default' \
'--rate-limits=[Limit sign-in ceremonies and login-code attempts per address and per passkey\: on or off; off only for load tests \[default\: on\] \[env\: POCKET_ID_RATE_LIMITS\]]:on|off:_default' \
'-h[Print help]' \
'--help[Print help]' \
":: :_pocket-id__subcmd__migrate_commands" \
"*::: :->migrate" \
&& ret=0

    case $state in
    (migrate)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocket-id-migrate-command-$line[1]:"
        case $line[1] in
            (status)
_arguments "${_arguments_options[@]}" : \
'--config=[A TOML configuration file (keys as in the README; environment and flags override it)]:FILE:_files' \
'--public-url=[Public URL of this server, e.g. https\://id.example.com \[env\: POCKET_ID_PUBLIC_URL\]]:URL:_default' \
'--listen=[Address to serve HTTP on \[default\: 0.0.0.0\:1411\] \[env\: POCKET_ID_LISTEN\]]:ADDR:_default' \
'--data-dir=[Directory for the database and the admin socket \[default\: ./data\] \[env\: POCKET_ID_DATA_DIR\]]:DIR:_default' \
'--database-url=[Database URL\: sqlite\://PATH or postgres\://… \[default\: the SQLite file in the data directory\] \[env\: POCKET_ID_DATABASE_URL, or POCKET_ID_DATABASE_URL_FILE\]]:URL:_default' \
'--admin-socket=[Path of the admin socket, or \`off\` \[default\: DATA_DIR/admin.sock\] \[env\: POCKET_ID_ADMIN_SOCKET\]]:PATH:_default' \
'--log-level=[Log filter\: error, warn, info, debug, trace, or tracing directives \[default\: info\] \[env\: POCKET_ID_LOG_LEVEL\]]:FILTER:_default' \
'--log-format=[Log format\: human or json \[default\: human\] \[env\: POCKET_ID_LOG_FORMAT\]]:FORMAT:_default' \
'--trusted-proxies=[Comma-separated IPs or CIDRs of reverse proxies whose X-Forwarded-For is trusted \[env\: POCKET_ID_TRUSTED_PROXIES\]]:LIST:_default' \
'--rp-id=[WebAuthn relying party id \[default\: the public URL'\''s host\] \[env\: POCKET_ID_RP_ID\]]:DOMAIN:_default' \
'--rp-origin=[Origin passkey ceremonies must come from \[default\: the public URL\] \[env\: POCKET_ID_RP_ORIGIN\]]:URL:_default' \
'--session-idle=[How long a session lasts without use, like 12h \[default\: 24h\] \[env\: POCKET_ID_SESSION_IDLE\]]:DURATION:_default' \
'--session-lifetime=[How long a session lasts at most, like 30d \[default\: 14d\] \[env\: POCKET_ID_SESSION_LIFETIME\]]:DURATION:_default' \
'--signup=[Who may sign up\: disabled, invite-only (with a sign-up link) or open \[default\: disabled\] \[env\: POCKET_ID_SIGNUP\]]:MODE:_default' \
'--encryption-key-file=[File holding the key that encrypts the token signing keys\: 32 bytes as 64 hex digits or base64 \[default\: DATA_DIR/encryption.key, made on first start\] \[env\: POCKET_ID_ENCRYPTION_KEY_FILE\]]:FILE:_default' \
'--encryption-key=[The key that encrypts the signing keys, inline; prefer --encryption-key-file, as other local users can read flags in the process list \[env\: POCKET_ID_ENCRYPTION_KEY\]]:KEY:_default' \
'--key-rotation=[How often token signing keys are rotated, like 30d, or \`off\` \[default\: 90d\] \[env\: POCKET_ID_KEY_ROTATION\]]:DURATION:_default' \
'--metrics=[Serve Prometheus metrics at /metrics\: on or off \[default\: off\] \[env\: POCKET_ID_METRICS\]]:on|off:_default' \
'--metrics-token=[Bearer token a scraper must send for /metrics over HTTP; without one, /metrics is served only on the admin socket \[env\: POCKET_ID_METRICS_TOKEN\]]:TOKEN:_default' \
'--rate-limits=[Limit sign-in ceremonies and login-code attempts per address and per passkey\: on or off; off only for load tests \[default\: on\] \[env\: POCKET_ID_RATE_LIMITS\]]:on|off:_default' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(up)
_arguments "${_arguments_options[@]}" : \
'--config=[A TOML configuration file (keys as in the README; environment and flags override it)]:FILE:_files' \
'--public-url=[Public URL of this server, e.g. https\://id.example.com \[env\: POCKET_ID_PUBLIC_URL\]]:URL:_default' \
'--listen=[Address to serve HTTP on \[default\: 0.0.0.0\:1411\] \[env\: POCKET_ID_LISTEN\]]:ADDR:_default' \
'--data-dir=[Directory for the database and the admin socket \[default\: ./data\] \[env\: POCKET_ID_DATA_DIR\]]:DIR:_default' \
'--database-url=[Database URL\: sqlite\://PATH or postgres\://… \[default\: the SQLite file in the data directory\] \[env\: POCKET_ID_DATABASE_URL, or POCKET_ID_DATABASE_URL_FILE\]]:URL:_default' \
'--admin-socket=[Path of the admin socket, or \`off\` \[default\: DATA_DIR/admin.sock\] \[env\: POCKET_ID_ADMIN_SOCKET\]]:PATH:_default' \
'--log-level=[Log filter\: error, warn, info, debug, trace, or tracing directives \[default\: info\] \[env\: POCKET_ID_LOG_LEVEL\]]:FILTER:_default' \
'--log-format=[Log format\: human or json \[default\: human\] \[env\: POCKET_ID_LOG_FORMAT\]]:FORMAT:_default' \
'--trusted-proxies=[Comma-separated IPs or CIDRs of reverse proxies whose X-Forwarded-For is trusted \[env\: POCKET_ID_TRUSTED_PROXIES\]]:LIST:_default' \
'--rp-id=[WebAuthn relying party id \[default\: the public URL'\''s host\] \[env\: POCKET_ID_RP_ID\]]:DOMAIN:_default' \
'--rp-origin=[Origin passkey ceremonies must come from \[default\: the public URL\] \[env\: POCKET_ID_RP_ORIGIN\]]:URL:_default' \
'--session-idle=[How long a session lasts without use, like 12h \[default\: 24h\] \[env\: POCKET_ID_SESSION_IDLE\]]:DURATION:_default' \
'--session-lifetime=[How long a session lasts at most, like 30d \[default\: 14d\] \[env\: POCKET_ID_SESSION_LIFETIME\]]:DURATION:_default' \
'--signup=[Who may sign up\: disabled, invite-only (with a sign-up link) or open \[default\: disabled\] \[env\: POCKET_ID_SIGNUP\]]:MODE:_default' \
'--encryption-key-file=[File holding the key that encrypts the token signing keys\: 32 bytes as 64 hex digits or base64 \[default\: DATA_DIR/encryption.key, made on first start\] \[env\: POCKET_ID_ENCRYPTION_KEY_FILE\]]:FILE:_default' \
'--encryption-key=[The key that encrypts the signing keys, inline; prefer --encryption-key-file, as other local users can read flags in the process list \[env\: POCKET_ID_ENCRYPTION_KEY\]]:KEY:_default' \
'--key-rotation=[How often token signing keys are rotated, like 30d, or \`off\` \[default\: 90d\] \[env\: POCKET_ID_KEY_ROTATION\]]:DURATION:_default' \
'--metrics=[Serve Prometheus metrics at /metrics\: on or off \[default\: off\] \[env\: POCKET_ID_METRICS\]]:on|off:_default' \
'--metrics-token=[Bearer token a scraper must send for /metrics over HTTP; without one, /metrics is served only on the admin socket \[env\: POCKET_ID_METRICS_TOKEN\]]:TOKEN:_default' \
'--rate-limits=[Limit sign-in ceremonies and login-code attempts per address and per passkey\: on or off; off only for load tests \[default\: on\] \[env\: POCKET_ID_RATE_LIMITS\]]:on|off:_default' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_pocket-id__subcmd__migrate__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocket-id-migrate-help-command-$line[1]:"
        case $line[1] in
            (status)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(up)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(healthcheck)
_arguments "${_arguments_options[@]}" : \
'--url=[Base URL to check instead of the configured listen address, e.g. http\://127.0.0.1\:1411]:URL:_default' \
'--timeout=[Seconds to wait for an answer]:SECONDS:_default' \
'--config=[A TOML configuration file (keys as in the README; environment and flags override it)]:FILE:_files' \
'--public-url=[Public URL of this server, e.g. https\://id.example.com \[env\: POCKET_ID_PUBLIC_URL\]]:URL:_default' \
'--listen=[Address to serve HTTP on \[default\: 0.0.0.0\:1411\] \[env\: POCKET_ID_LISTEN\]]:ADDR:_default' \
'--data-dir=[Directory for the database and the admin socket \[default\: ./data\] \[env\: POCKET_ID_DATA_DIR\]]:DIR:_default' \
'--database-url=[Database URL\: sqlite\://PATH or postgres\://… \[default\: the SQLite file in the data directory\] \[env\: POCKET_ID_DATABASE_URL, or POCKET_ID_DATABASE_URL_FILE\]]:URL:_default' \
'--admin-socket=[Path of the admin socket, or \`off\` \[default\: DATA_DIR/admin.sock\] \[env\: POCKET_ID_ADMIN_SOCKET\]]:PATH:_default' \
'--log-level=[Log filter\: error, warn, info, debug, trace, or tracing directives \[default\: info\] \[env\: POCKET_ID_LOG_LEVEL\]]:FILTER:_default' \
'--log-format=[Log format\: human or json \[default\: human\] \[env\: POCKET_ID_LOG_FORMAT\]]:FORMAT:_default' \
'--trusted-proxies=[Comma-separated IPs or CIDRs of reverse proxies whose X-Forwarded-For is trusted \[env\: POCKET_ID_TRUSTED_PROXIES\]]:LIST:_default' \
'--rp-id=[WebAuthn relying party id \[default\: the public URL'\''s host\] \[env\: POCKET_ID_RP_ID\]]:DOMAIN:_default' \
'--rp-origin=[Origin passkey ceremonies must come from \[default\: the public URL\] \[env\: POCKET_ID_RP_ORIGIN\]]:URL:_default' \
'--session-idle=[How long a session lasts without use, like 12h \[default\: 24h\] \[env\: POCKET_ID_SESSION_IDLE\]]:DURATION:_default' \
'--session-lifetime=[How long a session lasts at most, like 30d \[default\: 14d\] \[env\: POCKET_ID_SESSION_LIFETIME\]]:DURATION:_default' \
'--signup=[Who may sign up\: disabled, invite-only (with a sign-up link) or open \[default\: disabled\] \[env\: POCKET_ID_SIGNUP\]]:MODE:_default' \
'--encryption-key-file=[File holding the key that encrypts the token signing keys\: 32 bytes as 64 hex digits or base64 \[default\: DATA_DIR/encryption.key, made on first start\] \[env\: POCKET_ID_ENCRYPTION_KEY_FILE\]]:FILE:_default' \
'--encryption-key=[The key that encrypts the signing keys, inline; prefer --encryption-key-file, as other local users can read flags in the process list \[env\: POCKET_ID_ENCRYPTION_KEY\]]:KEY:_default' \
'--key-rotation=[How often token signing keys are rotated, like 30d, or \`off\` \[default\: 90d\] \[env\: POCKET_ID_KEY_ROTATION\]]:DURATION:_default' \
'--metrics=[Serve Prometheus metrics at /metrics\: on or off \[default\: off\] \[env\: POCKET_ID_METRICS\]]:on|off:_default' \
'--metrics-token=[Bearer token a scraper must send for /metrics over HTTP; without one, /metrics is served only on the admin socket \[env\: POCKET_ID_METRICS_TOKEN\]]:TOKEN:_default' \
'--rate-limits=[Limit sign-in ceremonies and login-code attempts per address and per passkey\: on or off; off only for load tests \[default\: on\] \[env\: POCKET_ID_RATE_LIMITS\]]:on|off:_default' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(api-key)
_arguments "${_arguments_options[@]}" : \
'--config=[A TOML configuration file (keys as in the README; environment and flags override it)]:FILE:_files' \
'--public-url=[Public URL of this server, e.g. https\://id.example.com \[env\: POCKET_ID_PUBLIC_URL\]]:URL:_default' \
'--listen=[Address to serve HTTP on \[default\: 0.0.0.0\:1411\] \[env\: POCKET_ID_LISTEN\]]:ADDR:_default' \
'--data-dir=[Directory for the database and the admin socket \[default\: ./data\] \[env\: POCKET_ID_DATA_DIR\]]:DIR:_default' \
'--database-url=[Database URL\: sqlite\://PATH or postgres\://… \[default\: the SQLite file in the data directory\] \[env\: POCKET_ID_DATABASE_URL, or POCKET_ID_DATABASE_URL_FILE\]]:URL:_default' \
'--admin-socket=[Path of the admin socket, or \`off\` \[default\: DATA_DIR/admin.sock\] \[env\: POCKET_ID_ADMIN_SOCKET\]]:PATH:_default' \
'--log-level=[Log filter\: error, warn, info, debug, trace, or tracing directives \[default\: info\] \[env\: POCKET_ID_LOG_LEVEL\]]:FILTER:_default' \
'--log-format=[Log format\: human or json \[default\: human\] \[env\: POCKET_ID_LOG_FORMAT\]]:FORMAT:_default' \
'--trusted-proxies=[Comma-separated IPs or CIDRs of reverse proxies whose X-Forwarded-For is trusted \[env\: POCKET_ID_TRUSTED_PROXIES\]]:LIST:_default' \
'--rp-id=[WebAuthn relying party id \[default\: the public URL'\''s host\] \[env\: POCKET_ID_RP_ID\]]:DOMAIN:_default' \
'--rp-origin=[Origin passkey ceremonies must come from \[default\: the public URL\] \[env\: POCKET_ID_RP_ORIGIN\]]:URL:_default' \
'--session-idle=[How long a session lasts without use, like 12h \[default\: 24h\] \[env\: POCKET_ID_SESSION_IDLE\]]:DURATION:_default' \
'--session-lifetime=[How long a session lasts at most, like 30d \[default\: 14d\] \[env\: POCKET_ID_SESSION_LIFETIME\]]:DURATION:_default' \
'--signup=[Who may sign up\: disabled, invite-only (with a sign-up link) or open \[default\: disabled\] \[env\: POCKET_ID_SIGNUP\]]:MODE:_default' \
'--encryption-key-file=[File holding the key that encrypts the token signing keys\: 32 bytes as 64 hex digits or base64 \[default\: DATA_DIR/encryption.key, made on first start\] \[env\: POCKET_ID_ENCRYPTION_KEY_FILE\]]:FILE:_default' \
'--encryption-key=[The key that encrypts the signing keys, inline; prefer --encryption-key-file, as other local users can read flags in the process list \[env\: POCKET_ID_ENCRYPTION_KEY\]]:KEY:_default' \
'--key-rotation=[How often token signing keys are rotated, like 30d, or \`off\` \[default\: 90d\] \[env\: POCKET_ID_KEY_ROTATION\]]:DURATION:_default' \
'--metrics=[Serve Prometheus metrics at /metrics\: on or off \[default\: off\] \[env\: POCKET_ID_METRICS\]]:on|off:_default' \
'--metrics-token=[Bearer token a scraper must send for /metrics over HTTP; without one, /metrics is served only on the admin socket \[env\: POCKET_ID_METRICS_TOKEN\]]:TOKEN:_default' \
'--rate-limits=[Limit sign-in ceremonies and login-code attempts per address and per passkey\: on or off; off only for load tests \[default\: on\] \[env\: POCKET_ID_RATE_LIMITS\]]:on|off:_default' \
'-h[Print help]' \
'--help[Print help]' \
":: :_pocket-id__subcmd__api-key_commands" \
"*::: :->api-key" \
&& ret=0

    case $state in
    (api-key)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocket-id-api-key-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'--name=[What the key is for, unique among keys not revoked]:NAME:_default' \
'--expires=[Lifetime, like 30d, 12h or 1w; the key never expires when absent]:DURATION:_default' \
'--config=[A TOML configuration file (keys as in the README; environment and flags override it)]:FILE:_files' \
'--public-url=[Public URL of this server, e.g. https\://id.example.com \[env\: POCKET_ID_PUBLIC_URL\]]:URL:_default' \
'--listen=[Address to serve HTTP on \[default\: 0.0.0.0\:1411\] \[env\: POCKET_ID_LISTEN\]]:ADDR:_default' \
'--data-dir=[Directory for the database and the admin socket \[default\: ./data\] \[env\: POCKET_ID_DATA_DIR\]]:DIR:_default' \
'--database-url=[Database URL\: sqlite\://PATH or postgres\://… \[default\: the SQLite file in the data directory\] \[env\: POCKET_ID_DATABASE_URL, or POCKET_ID_DATABASE_URL_FILE\]]:URL:_default' \
'--admin-socket=[Path of the admin socket, or \`off\` \[default\: DATA_DIR/admin.sock\] \[env\: POCKET_ID_ADMIN_SOCKET\]]:PATH:_default' \
'--log-level=[Log filter\: error, warn, info, debug, trace, or tracing directives \[default\: info\] \[env\: POCKET_ID_LOG_LEVEL\]]:FILTER:_default' \
'--log-format=[Log format\: human or json \[default\: human\] \[env\: POCKET_ID_LOG_FORMAT\]]:FORMAT:_default' \
'--trusted-proxies=[Comma-separated IPs or CIDRs of reverse proxies whose X-Forwarded-For is trusted \[env\: POCKET_ID_TRUSTED_PROXIES\]]:LIST:_default' \
'--rp-id=[WebAuthn relying party id \[default\: the public URL'\''s host\] \[env\: POCKET_ID_RP_ID\]]:DOMAIN:_default' \
'--rp-origin=[Origin passkey ceremonies must come from \[default\: the public URL\] \[env\: POCKET_ID_RP_ORIGIN\]]:URL:_default' \
'--session-idle=[How long a session lasts without use, like 12h \[default\: 24h\] \[env\: POCKET_ID_SESSION_IDLE\]]:DURATION:_default' \
'--session-lifetime=[How long a session lasts at most, like 30d \[default\: 14d\] \[env\: POCKET_ID_SESSION_LIFETIME\]]:DURATION:_default' \
'--signup=[Who may sign up\: disabled, invite-only (with a sign-up link) or open \[default\: disabled\] \[env\: POCKET_ID_SIGNUP\]]:MODE:_default' \
'--encryption-key-file=[File holding the key that encrypts the token signing keys\: 32 bytes as 64 hex digits or base64 \[default\: DATA_DIR/encryption.key, made on first start\] \[env\: POCKET_ID_ENCRYPTION_KEY_FILE\]]:FILE:_default' \
'--encryption-key=[The key that encrypts the signing keys, inline; prefer --encryption-key-file, as other local users can read flags in the process list \[env\: POCKET_ID_ENCRYPTION_KEY\]]:KEY:_default' \
'--key-rotation=[How often token signing keys are rotated, like 30d, or \`off\` \[default\: 90d\] \[env\: POCKET_ID_KEY_ROTATION\]]:DURATION:_default' \
'--metrics=[Serve Prometheus metrics at /metrics\: on or off \[default\: off\] \[env\: POCKET_ID_METRICS\]]:on|off:_default' \
'--metrics-token=[Bearer token a scraper must send for /metrics over HTTP; without one, /metrics is served only on the admin socket \[env\: POCKET_ID_METRICS_TOKEN\]]:TOKEN:_default' \
'--rate-limits=[Limit sign-in ceremonies and login-code attempts per address and per passkey\: on or off; off only for load tests \[default\: on\] \[env\: POCKET_ID_RATE_LIMITS\]]:on|off:_default' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_pocket-id__subcmd__api-key__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocket-id-api-key-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(keys)
_arguments "${_arguments_options[@]}" : \
'--config=[A TOML configuration file (keys as in the README; environment and flags override it)]:FILE:_files' \
'--public-url=[Public URL of this server, e.g. https\://id.example.com \[env\: POCKET_ID_PUBLIC_URL\]]:URL:_default' \
'--listen=[Address to serve HTTP on \[default\: 0.0.0.0\:1411\] \[env\: POCKET_ID_LISTEN\]]:ADDR:_default' \
'--data-dir=[Directory for the database and the admin socket \[default\: ./data\] \[env\: POCKET_ID_DATA_DIR\]]:DIR:_default' \
'--database-url=[Database URL\: sqlite\://PATH or postgres\://… \[default\: the SQLite file in the data directory\] \[env\: POCKET_ID_DATABASE_URL, or POCKET_ID_DATABASE_URL_FILE\]]:URL:_default' \
'--admin-socket=[Path of the admin socket, or \`off\` \[default\: DATA_DIR/admin.sock\] \[env\: POCKET_ID_ADMIN_SOCKET\]]:PATH:_default' \
'--log-level=[Log filter\: error, warn, info, debug, trace, or tracing directives \[default\: info\] \[env\: POCKET_ID_LOG_LEVEL\]]:FILTER:_default' \
'--log-format=[Log format\: human or json \[default\: human\] \[env\: POCKET_ID_LOG_FORMAT\]]:FORMAT:_default' \
'--trusted-proxies=[Comma-separated IPs or CIDRs of reverse proxies whose X-Forwarded-For is trusted \[env\: POCKET_ID_TRUSTED_PROXIES\]]:LIST:_default' \
'--rp-id=[WebAuthn relying party id \[default\: the public URL'\''s host\] \[env\: POCKET_ID_RP_ID\]]:DOMAIN:_default' \
'--rp-origin=[Origin passkey ceremonies must come from \[default\: the public URL\] \[env\: POCKET_ID_RP_ORIGIN\]]:URL:_default' \
'--session-idle=[How long a session lasts without use, like 12h \[default\: 24h\] \[env\: POCKET_ID_SESSION_IDLE\]]:DURATION:_default' \
'--session-lifetime=[How long a session lasts at most, like 30d \[default\: 14d\] \[env\: POCKET_ID_SESSION_LIFETIME\]]:DURATION:_default' \
'--signup=[Who may sign up\: disabled, invite-only (with a sign-up link) or open \[default\: disabled\] \[env\: POCKET_ID_SIGNUP\]]:MODE:_default' \
'--encryption-key-file=[File holding the key that encrypts the token signing keys\: 32 bytes as 64 hex digits or base64 \[default\: DATA_DIR/encryption.key, made on first start\] \[env\: POCKET_ID_ENCRYPTION_KEY_FILE\]]:FILE:_default' \
'--encryption-key=[The key that encrypts the signing keys, inline; prefer --encryption-key-file, as other local users can read flags in the process list \[env\: POCKET_ID_ENCRYPTION_KEY\]]:KEY:_default' \
'--key-rotation=[How often token signing keys are rotated, like 30d, or \`off\` \[default\: 90d\] \[env\: POCKET_ID_KEY_ROTATION\]]:DURATION:_default' \
'--metrics=[Serve Prometheus metrics at /metrics\: on or off \[default\: off\] \[env\: POCKET_ID_METRICS\]]:on|off:_default' \
'--metrics-token=[Bearer token a scraper must send for /metrics over HTTP; without one, /metrics is served only on the admin socket \[env\: POCKET_ID_METRICS_TOKEN\]]:TOKEN:_default' \
'--rate-limits=[Limit sign-in ceremonies and login-code attempts per address and per passkey\: on or off; off only for load tests \[default\: on\] \[env\: POCKET_ID_RATE_LIMITS\]]:on|off:_default' \
'-h[Print help]' \
'--help[Print help]' \
":: :_pocket-id__subcmd__keys_commands" \
"*::: :->keys" \
&& ret=0

    case $state in
    (keys)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocket-id-keys-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--config=[A TOML configuration file (keys as in the README; environment and flags override it)]:FILE:_files' \
'--public-url=[Public URL of this server, e.g. https\://id.example.com \[env\: POCKET_ID_PUBLIC_URL\]]:URL:_default' \
'--listen=[Address to serve HTTP on \[default\: 0.0.0.0\:1411\] \[env\: POCKET_ID_LISTEN\]]:ADDR:_default' \
'--data-dir=[Directory for the database and the admin socket \[default\: ./data\] \[env\: POCKET_ID_DATA_DIR\]]:DIR:_default' \
'--database-url=[Database URL\: sqlite\://PATH or postgres\://… \[default\: the SQLite file in the data directory\] \[env\: POCKET_ID_DATABASE_URL, or POCKET_ID_DATABASE_URL_FILE\]]:URL:_default' \
'--admin-socket=[Path of the admin socket, or \`off\` \[default\: DATA_DIR/admin.sock\] \[env\: POCKET_ID_ADMIN_SOCKET\]]:PATH:_default' \
'--log-level=[Log filter\: error, warn, info, debug, trace, or tracing directives \[default\: info\] \[env\: POCKET_ID_LOG_LEVEL\]]:FILTER:_default' \
'--log-format=[Log format\: human or json \[default\: human\] \[env\: POCKET_ID_LOG_FORMAT\]]:FORMAT:_default' \
'--trusted-proxies=[Comma-separated IPs or CIDRs of reverse proxies whose X-Forwarded-For is trusted \[env\: POCKET_ID_TRUSTED_PROXIES\]]:LIST:_default' \
'--rp-id=[WebAuthn relying party id \[default\: the public URL'\''s host\] \[env\: POCKET_ID_RP_ID\]]:DOMAIN:_default' \
'--rp-origin=[Origin passkey ceremonies must come from \[default\: the public URL\] \[env\: POCKET_ID_RP_ORIGIN\]]:URL:_default' \
'--session-idle=[How long a session lasts without use, like 12h \[default\: 24h\] \[env\: POCKET_ID_SESSION_IDLE\]]:DURATION:_default' \
'--session-lifetime=[How long a session lasts at most, like 30d \[default\: 14d\] \[env\: POCKET_ID_SESSION_LIFETIME\]]:DURATION:_default' \
'--signup=[Who may sign up\: disabled, invite-only (with a sign-up link) or open \[default\: disabled\] \[env\: POCKET_ID_SIGNUP\]]:MODE:_default' \
'--encryption-key-file=[File holding the key that encrypts the token signing keys\: 32 bytes as 64 hex digits or base64 \[default\: DATA_DIR/encryption.key, made on first start\] \[env\: POCKET_ID_ENCRYPTION_KEY_FILE\]]:FILE:_default' \
'--encryption-key=[The key that encrypts the signing keys, inline; prefer --encryption-key-file, as other local users can read flags in the process list \[env\: POCKET_ID_ENCRYPTION_KEY\]]:KEY:_default' \
'--key-rotation=[How often token signing keys are rotated, like 30d, or \`off\` \[default\: 90d\] \[env\: POCKET_ID_KEY_ROTATION\]]:DURATION:_default' \
'--metrics=[Serve Prometheus metrics at /metrics\: on or off \[default\: off\] \[env\: POCKET_ID_METRICS\]]:on|off:_default' \
'--metrics-token=[Bearer token a scraper must send for /metrics over HTTP; without one, /metrics is served only on the admin socket \[env\: POCKET_ID_METRICS_TOKEN\]]:TOKEN:_default' \
'--rate-limits=[Limit sign-in ceremonies and login-code attempts per address and per passkey\: on or off; off only for load tests \[default\: on\] \[env\: POCKET_ID_RATE_LIMITS\]]:on|off:_default' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(rotate)
_arguments "${_arguments_options[@]}" : \
'--alg=[Rotate only the keys of this algorithm\: ES256 or RS256 \[default\: every algorithm in use\]]:ALG:_default' \
'--config=[A TOML configuration file (keys as in the README; environment and flags override it)]:FILE:_files' \
'--public-url=[Public URL of this server, e.g. https\://id.example.com \[env\: POCKET_ID_PUBLIC_URL\]]:URL:_default' \
'--listen=[Address to serve HTTP on \[default\: 0.0.0.0\:1411\] \[env\: POCKET_ID_LISTEN\]]:ADDR:_default' \
'--data-dir=[Directory for the database and the admin socket \[default\: ./data\] \[env\: POCKET_ID_DATA_DIR\]]:DIR:_default' \
'--database-url=[Database URL\: sqlite\://PATH or postgres\://… \[default\: the SQLite file in the data directory\] \[env\: POCKET_ID_DATABASE_URL, or POCKET_ID_DATABASE_URL_FILE\]]:URL:_default' \
'--admin-socket=[Path of the admin socket, or \`off\` \[default\: DATA_DIR/admin.sock\] \[env\: POCKET_ID_ADMIN_SOCKET\]]:PATH:_default' \
'--log-level=[Log filter\: error, warn, info, debug, trace, or tracing directives \[default\: info\] \[env\: POCKET_ID_LOG_LEVEL\]]:FILTER:_default' \
'--log-format=[Log format\: human or json \[default\: human\] \[env\: POCKET_ID_LOG_FORMAT\]]:FORMAT:_default' \
'--trusted-proxies=[Comma-separated IPs or CIDRs of reverse proxies whose X-Forwarded-For is trusted \[env\: POCKET_ID_TRUSTED_PROXIES\]]:LIST:_default' \
'--rp-id=[WebAuthn relying party id \[default\: the public URL'\''s host\] \[env\: POCKET_ID_RP_ID\]]:DOMAIN:_default' \
'--rp-origin=[Origin passkey ceremonies must come from \[default\: the public URL\] \[env\: POCKET_ID_RP_ORIGIN\]]:URL:_default' \
'--session-idle=[How long a session lasts without use, like 12h \[default\: 24h\] \[env\: POCKET_ID_SESSION_IDLE\]]:DURATION:_default' \
'--session-lifetime=[How long a session lasts at most, like 30d \[default\: 14d\] \[env\: POCKET_ID_SESSION_LIFETIME\]]:DURATION:_default' \
'--signup=[Who may sign up\: disabled, invite-only (with a sign-up link) or open \[default\: disabled\] \[env\: POCKET_ID_SIGNUP\]]:MODE:_default' \
'--encryption-key-file=[File holding the key that encrypts the token signing keys\: 32 bytes as 64 hex digits or base64 \[default\: DATA_DIR/encryption.key, made on first start\] \[env\: POCKET_ID_ENCRYPTION_KEY_FILE\]]:FILE:_default' \
'--encryption-key=[The key that encrypts the signing keys, inline; prefer --encryption-key-file, as other local users can read flags in the process list \[env\: POCKET_ID_ENCRYPTION_KEY\]]:KEY:_default' \
'--key-rotation=[How often token signing keys are rotated, like 30d, or \`off\` \[default\: 90d\] \[env\: POCKET_ID_KEY_ROTATION\]]:DURATION:_default' \
'--metrics=[Serve Prometheus metrics at /metrics\: on or off \[default\: off\] \[env\: POCKET_ID_METRICS\]]:on|off:_default' \
'--metrics-token=[Bearer token a scraper must send for /metrics over HTTP; without one, /metrics is served only on the admin socket \[env\: POCKET_ID_METRICS_TOKEN\]]:TOKEN:_default' \
'--rate-limits=[Limit sign-in ceremonies and login-code attempts per address and per passkey\: on or off; off only for load tests \[default\: on\] \[env\: POCKET_ID_RATE_LIMITS\]]:on|off:_default' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_pocket-id__subcmd__keys__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocket-id-keys-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rotate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(backup)
_arguments "${_arguments_options[@]}" : \
'--out=[The file to write; it must not exist unless --force is given]:FILE:_files' \
'--config=[A TOML configuration file (keys as in the README; environment and flags override it)]:FILE:_files' \
'--public-url=[Public URL of this server, e.g. https\://id.example.com \[env\: POCKET_ID_PUBLIC_URL\]]:URL:_default' \
'--listen=[Address to serve HTTP on \[default\: 0.0.0.0\:1411\] \[env\: POCKET_ID_LISTEN\]]:ADDR:_default' \
'--data-dir=[Directory for the database and the admin socket \[default\: ./data\] \[env\: POCKET_ID_DATA_DIR\]]:DIR:_default' \
'--database-url=[Database URL\: sqlite\://PATH or postgres\://… \[default\: the SQLite file in the data directory\] \[env\: POCKET_ID_DATABASE_URL, or POCKET_ID_DATABASE_URL_FILE\]]:URL:_default' \
'--admin-socket=[Path of the admin socket, or \`off\` \[default\: DATA_DIR/admin.sock\] \[env\: POCKET_ID_ADMIN_SOCKET\]]:PATH:_default' \
'--log-level=[Log filter\: error, warn, info, debug, trace, or tracing directives \[default\: info\] \[env\: POCKET_ID_LOG_LEVEL\]]:FILTER:_default' \
'--log-format=[Log format\: human or json \[default\: human\] \[env\: POCKET_ID_LOG_FORMAT\]]:FORMAT:_default' \
'--trusted-proxies=[Comma-separated IPs or CIDRs of reverse proxies whose X-Forwarded-For is trusted \[env\: POCKET_ID_TRUSTED_PROXIES\]]:LIST:_default' \
'--rp-id=[WebAuthn relying party id \[default\: the public URL'\''s host\] \[env\: POCKET_ID_RP_ID\]]:DOMAIN:_default' \
'--rp-origin=[Origin passkey ceremonies must come from \[default\: the public URL\] \[env\: POCKET_ID_RP_ORIGIN\]]:URL:_default' \
'--session-idle=[How long a session lasts without use, like 12h \[default\: 24h\] \[env\: POCKET_ID_SESSION_IDLE\]]:DURATION:_default' \
'--session-lifetime=[How long a session lasts at most, like 30d \[default\: 14d\] \[env\: POCKET_ID_SESSION_LIFETIME\]]:DURATION:_default' \
'--signup=[Who may sign up\: disabled, invite-only (with a sign-up link) or open \[default\: disabled\] \[env\: POCKET_ID_SIGNUP\]]:MODE:_default' \
'--encryption-key-file=[File holding the key that encrypts the token signing keys\: 32 bytes as 64 hex digits or base64 \[default\: DATA_DIR/encryption.key, made on first start\] \[env\: POCKET_ID_ENCRYPTION_KEY_FILE\]]:FILE:_default' \
'--encryption-key=[The key that encrypts the signing keys, inline; prefer --encryption-key-file, as other local users can read flags in the process list \[env\: POCKET_ID_ENCRYPTION_KEY\]]:KEY:_default' \
'--key-rotation=[How often token signing keys are rotated, like 30d, or \`off\` \[default\: 90d\] \[env\: POCKET_ID_KEY_ROTATION\]]:DURATION:_default' \
'--metrics=[Serve Prometheus metrics at /metrics\: on or off \[default\: off\] \[env\: POCKET_ID_METRICS\]]:on|off:_default' \
'--metrics-token=[Bearer token a scraper must send for /metrics over HTTP; without one, /metrics is served only on the admin socket \[env\: POCKET_ID_METRICS_TOKEN\]]:TOKEN:_default' \
'--rate-limits=[Limit sign-in ceremonies and login-code attempts per address and per passkey\: on or off; off only for load tests \[default\: on\] \[env\: POCKET_ID_RATE_LIMITS\]]:on|off:_default' \
'--force[Replace FILE when it exists]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(restore)
_arguments "${_arguments_options[@]}" : \
'--config=[A TOML configuration file (keys as in the README; environment and flags override it)]:FILE:_files' \
'--public-url=[Public URL of this server, e.g. https\://id.example.com \[env\: POCKET_ID_PUBLIC_URL\]]:URL:_default' \
'--listen=[Address to serve HTTP on \[default\: 0.0.0.0\:1411\] \[env\: POCKET_ID_LISTEN\]]:ADDR:_default' \
'--data-dir=[Directory for the database and the admin socket \[default\: ./data\] \[env\: POCKET_ID_DATA_DIR\]]:DIR:_default' \
'--database-url=[Database URL\: sqlite\://PATH or postgres\://… \[default\: the SQLite file in the data directory\] \[env\: POCKET_ID_DATABASE_URL, or POCKET_ID_DATABASE_URL_FILE\]]:URL:_default' \
'--admin-socket=[Path of the admin socket, or \`off\` \[default\: DATA_DIR/admin.sock\] \[env\: POCKET_ID_ADMIN_SOCKET\]]:PATH:_default' \
'--log-level=[Log filter\: error, warn, info, debug, trace, or tracing directives \[default\: info\] \[env\: POCKET_ID_LOG_LEVEL\]]:FILTER:_default' \
'--log-format=[Log format\: human or json \[default\: human\] \[env\: POCKET_ID_LOG_FORMAT\]]:FORMAT:_default' \
'--trusted-proxies=[Comma-separated IPs or CIDRs of reverse proxies whose X-Forwarded-For is trusted \[env\: POCKET_ID_TRUSTED_PROXIES\]]:LIST:_default' \
'--rp-id=[WebAuthn relying party id \[default\: the public URL'\''s host\] \[env\: POCKET_ID_RP_ID\]]:DOMAIN:_default' \
'--rp-origin=[Origin passkey ceremonies must come from \[default\: the public URL\] \[env\: POCKET_ID_RP_ORIGIN\]]:URL:_default' \
'--session-idle=[How long a session lasts without use, like 12h \[default\: 24h\] \[env\: POCKET_ID_SESSION_IDLE\]]:DURATION:_default' \
'--session-lifetime=[How long a session lasts at most, like 30d \[default\: 14d\] \[env\: POCKET_ID_SESSION_LIFETIME\]]:DURATION:_default' \
'--signup=[Who may sign up\: disabled, invite-only (with a sign-up link) or open \[default\: disabled\] \[env\: POCKET_ID_SIGNUP\]]:MODE:_default' \
'--encryption-key-file=[File holding the key that encrypts the token signing keys\: 32 bytes as 64 hex digits or base64 \[default\: DATA_DIR/encryption.key, made on first start\] \[env\: POCKET_ID_ENCRYPTION_KEY_FILE\]]:FILE:_default' \
'--encryption-key=[The key that encrypts the signing keys, inline; prefer --encryption-key-file, as other local users can read flags in the process list \[env\: POCKET_ID_ENCRYPTION_KEY\]]:KEY:_default' \
'--key-rotation=[How often token signing keys are rotated, like 30d, or \`off\` \[default\: 90d\] \[env\: POCKET_ID_KEY_ROTATION\]]:DURATION:_default' \
'--metrics=[Serve Prometheus metrics at /metrics\: on or off \[default\: off\] \[env\: POCKET_ID_METRICS\]]:on|off:_default' \
'--metrics-token=[Bearer token a scraper must send for /metrics over HTTP; without one, /metrics is served only on the admin socket \[env\: POCKET_ID_METRICS_TOKEN\]]:TOKEN:_default' \
'--rate-limits=[Limit sign-in ceremonies and login-code attempts per address and per passkey\: on or off; off only for load tests \[default\: on\] \[env\: POCKET_ID_RATE_LIMITS\]]:on|off:_default' \
'-h[Print help]' \
'--help[Print help]' \
':file -- A file written by `pocket-id backup`:_files' \
&& ret=0
;;
(openapi)
_arguments "${_arguments_options[@]}" : \
'--config=[A TOML configuration file (keys as in the README; environment and flags override it)]:FILE:_files' \
'--public-url=[Public URL of this server, e.g. https\://id.example.com \[env\: POCKET_ID_PUBLIC_URL\]]:URL:_default' \
'--listen=[Address to serve HTTP on \[default\: 0.0.0.0\:1411\] \[env\: POCKET_ID_LISTEN\]]:ADDR:_default' \
'--data-dir=[Directory for the database and the admin socket \[default\: ./data\] \[env\: POCKET_ID_DATA_DIR\]]:DIR:_default' \
'--database-url=[Database URL\: sqlite\://PATH or postgres\://… \[default\: the SQLite file in the data directory\] \[env\: POCKET_ID_DATABASE_URL, or POCKET_ID_DATABASE_URL_FILE\]]:URL:_default' \
'--admin-socket=[Path of the admin socket, or \`off\` \[default\: DATA_DIR/admin.sock\] \[env\: POCKET_ID_ADMIN_SOCKET\]]:PATH:_default' \
'--log-level=[Log filter\: error, warn, info, debug, trace, or tracing directives \[default\: info\] \[env\: POCKET_ID_LOG_LEVEL\]]:FILTER:_default' \
'--log-format=[Log format\: human or json \[default\: human\] \[env\: POCKET_ID_LOG_FORMAT\]]:FORMAT:_default' \
'--trusted-proxies=[Comma-separated IPs or CIDRs of reverse proxies whose X-Forwarded-For is trusted \[env\: POCKET_ID_TRUSTED_PROXIES\]]:LIST:_default' \
'--rp-id=[WebAuthn relying party id \[default\: the public URL'\''s host\] \[env\: POCKET_ID_RP_ID\]]:DOMAIN:_default' \
'--rp-origin=[Origin passkey ceremonies must come from \[default\: the public URL\] \[env\: POCKET_ID_RP_ORIGIN\]]:URL:_default' \
'--session-idle=[How long a session lasts without use, like 12h \[default\: 24h\] \[env\: POCKET_ID_SESSION_IDLE\]]:DURATION:_default' \
'--session-lifetime=[How long a session lasts at most, like 30d \[default\: 14d\] \[env\: POCKET_ID_SESSION_LIFETIME\]]:DURATION:_default' \
'--signup=[Who may sign up\: disabled, invite-only (with a sign-up link) or open \[default\: disabled\] \[env\: POCKET_ID_SIGNUP\]]:MODE:_default' \
'--encryption-key-file=[File holding the key that encrypts the token signing keys\: 32 bytes as 64 hex digits or base64 \[default\: DATA_DIR/encryption.key, made on first start\] \[env\: POCKET_ID_ENCRYPTION_KEY_FILE\]]:FILE:_default' \
'--encryption-key=[The key that encrypts the signing keys, inline; prefer --encryption-key-file, as other local users can read flags in the process list \[env\: POCKET_ID_ENCRYPTION_KEY\]]:KEY:_default' \
'--key-rotation=[How often token signing keys are rotated, like 30d, or \`off\` \[default\: 90d\] \[env\: POCKET_ID_KEY_ROTATION\]]:DURATION:_default' \
'--metrics=[Serve Prometheus metrics at /metrics\: on or off \[default\: off\] \[env\: POCKET_ID_METRICS\]]:on|off:_default' \
'--metrics-token=[Bearer token a scraper must send for /metrics over HTTP; without one, /metrics is served only on the admin socket \[env\: POCKET_ID_METRICS_TOKEN\]]:TOKEN:_default' \
'--rate-limits=[Limit sign-in ceremonies and login-code attempts per address and per passkey\: on or off; off only for load tests \[default\: on\] \[env\: POCKET_ID_RATE_LIMITS\]]:on|off:_default' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(setup-link)
_arguments "${_arguments_options[@]}" : \
'--config=[A TOML configuration file (keys as in the README; environment and flags override it)]:FILE:_files' \
'--public-url=[Public URL of this server, e.g. https\://id.example.com \[env\: POCKET_ID_PUBLIC_URL\]]:URL:_default' \
'--listen=[Address to serve HTTP on \[default\: 0.0.0.0\:1411\] \[env\: POCKET_ID_LISTEN\]]:ADDR:_default' \
'--data-dir=[Directory for the database and the admin socket \[default\: ./data\] \[env\: POCKET_ID_DATA_DIR\]]:DIR:_default' \
'--database-url=[Database URL\: sqlite\://PATH or postgres\://… \[default\: the SQLite file in the data directory\] \[env\: POCKET_ID_DATABASE_URL, or POCKET_ID_DATABASE_URL_FILE\]]:URL:_default' \
'--admin-socket=[Path of the admin socket, or \`off\` \[default\: DATA_DIR/admin.sock\] \[env\: POCKET_ID_ADMIN_SOCKET\]]:PATH:_default' \
'--log-level=[Log filter\: error, warn, info, debug, trace, or tracing directives \[default\: info\] \[env\: POCKET_ID_LOG_LEVEL\]]:FILTER:_default' \
'--log-format=[Log format\: human or json \[default\: human\] \[env\: POCKET_ID_LOG_FORMAT\]]:FORMAT:_default' \
'--trusted-proxies=[Comma-separated IPs or CIDRs of reverse proxies whose X-Forwarded-For is trusted \[env\: POCKET_ID_TRUSTED_PROXIES\]]:LIST:_default' \
'--rp-id=[WebAuthn relying party id \[default\: the public URL'\''s host\] \[env\: POCKET_ID_RP_ID\]]:DOMAIN:_default' \
'--rp-origin=[Origin passkey ceremonies must come from \[default\: the public URL\] \[env\: POCKET_ID_RP_ORIGIN\]]:URL:_default' \
'--session-idle=[How long a session lasts without use, like 12h \[default\: 24h\] \[env\: POCKET_ID_SESSION_IDLE\]]:DURATION:_default' \
'--session-lifetime=[How long a session lasts at most, like 30d \[default\: 14d\] \[env\: POCKET_ID_SESSION_LIFETIME\]]:DURATION:_default' \
'--signup=[Who may sign up\: disabled, invite-only (with a sign-up link) or open \[default\: disabled\] \[env\: POCKET_ID_SIGNUP\]]:MODE:_default' \
'--encryption-key-file=[File holding the key that encrypts the token signing keys\: 32 bytes as 64 hex digits or base64 \[default\: DATA_DIR/encryption.key, made on first start\] \[env\: POCKET_ID_ENCRYPTION_KEY_FILE\]]:FILE:_default' \
'--encryption-key=[The key that encrypts the signing keys, inline; prefer --encryption-key-file, as other local users can read flags in the process list \[env\: POCKET_ID_ENCRYPTION_KEY\]]:KEY:_default' \
'--key-rotation=[How often token signing keys are rotated, like 30d, or \`off\` \[default\: 90d\] \[env\: POCKET_ID_KEY_ROTATION\]]:DURATION:_default' \
'--metrics=[Serve Prometheus metrics at /metrics\: on or off \[default\: off\] \[env\: POCKET_ID_METRICS\]]:on|off:_default' \
'--metrics-token=[Bearer token a scraper must send for /metrics over HTTP; without one, /metrics is served only on the admin socket \[env\: POCKET_ID_METRICS_TOKEN\]]:TOKEN:_default' \
'--rate-limits=[Limit sign-in ceremonies and login-code attempts per address and per passkey\: on or off; off only for load tests \[default\: on\] \[env\: POCKET_ID_RATE_LIMITS\]]:on|off:_default' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_pocket-id__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocket-id-help-command-$line[1]:"
        case $line[1] in
            (serve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(check-config)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(migrate)
_arguments "${_arguments_options[@]}" : \
":: :_pocket-id__subcmd__help__subcmd__migrate_commands" \
"*::: :->migrate" \
&& ret=0

    case $state in
    (migrate)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocket-id-help-migrate-command-$line[1]:"
        case $line[1] in
            (status)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(up)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(healthcheck)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(api-key)
_arguments "${_arguments_options[@]}" : \
":: :_pocket-id__subcmd__help__subcmd__api-key_commands" \
"*::: :->api-key" \
&& ret=0

    case $state in
    (api-key)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocket-id-help-api-key-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(keys)
_arguments "${_arguments_options[@]}" : \
":: :_pocket-id__subcmd__help__subcmd__keys_commands" \
"*::: :->keys" \
&& ret=0

    case $state in
    (keys)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocket-id-help-keys-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rotate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(backup)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(restore)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(openapi)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(setup-link)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
}

(( $+functions[_pocket-id_commands] )) ||
_pocket-id_commands() {
    local commands; commands=(
'serve:Run the server (the default)' \
'check-config:Validate the configuration and exit\: 0 when it is valid, 1 with every problem otherwise' \
'migrate:Inspect or apply database migrations' \
'healthcheck:Ask the running server whether it is healthy\: exit 0 when it is, 1 otherwise' \
'api-key:Manage admin API keys directly in the database (works while the server runs)' \
'keys:List or rotate the token signing keys directly in the database (works while the server runs; servers pick a rotation up within a minute)' \
'backup:Write a consistent snapshot of the SQLite database to a file (works while the server runs). Keep the key-encryption key too\: the backup is useless without it' \
'restore:Replace the SQLite database with a backup (the server must be stopped); the current database is kept beside it as pocket-id.db.before-restore-TIME' \
'openapi:Print the admin API'\''s OpenAPI spec as JSON' \
'setup-link:Print a fresh one-time link to create the first administrator (none once one exists)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'pocket-id commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__api-key_commands] )) ||
_pocket-id__subcmd__api-key_commands() {
    local commands; commands=(
'create:Create an admin API key and print only its secret on standard output' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'pocket-id api-key commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__api-key__subcmd__create_commands] )) ||
_pocket-id__subcmd__api-key__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id api-key create commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__api-key__subcmd__help_commands] )) ||
_pocket-id__subcmd__api-key__subcmd__help_commands() {
    local commands; commands=(
'create:Create an admin API key and print only its secret on standard output' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'pocket-id api-key help commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__api-key__subcmd__help__subcmd__create_commands] )) ||
_pocket-id__subcmd__api-key__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id api-key help create commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__api-key__subcmd__help__subcmd__help_commands] )) ||
_pocket-id__subcmd__api-key__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id api-key help help commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__backup_commands] )) ||
_pocket-id__subcmd__backup_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id backup commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__check-config_commands] )) ||
_pocket-id__subcmd__check-config_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id check-config commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__healthcheck_commands] )) ||
_pocket-id__subcmd__healthcheck_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id healthcheck commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__help_commands] )) ||
_pocket-id__subcmd__help_commands() {
    local commands; commands=(
'serve:Run the server (the default)' \
'check-config:Validate the configuration and exit\: 0 when it is valid, 1 with every problem otherwise' \
'migrate:Inspect or apply database migrations' \
'healthcheck:Ask the running server whether it is healthy\: exit 0 when it is, 1 otherwise' \
'api-key:Manage admin API keys directly in the database (works while the server runs)' \
'keys:List or rotate the token signing keys directly in the database (works while the server runs; servers pick a rotation up within a minute)' \
'backup:Write a consistent snapshot of the SQLite database to a file (works while the server runs). Keep the key-encryption key too\: the backup is useless without it' \
'restore:Replace the SQLite database with a backup (the server must be stopped); the current database is kept beside it as pocket-id.db.before-restore-TIME' \
'openapi:Print the admin API'\''s OpenAPI spec as JSON' \
'setup-link:Print a fresh one-time link to create the first administrator (none once one exists)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'pocket-id help commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__help__subcmd__api-key_commands] )) ||
_pocket-id__subcmd__help__subcmd__api-key_commands() {
    local commands; commands=(
'create:Create an admin API key and print only its secret on standard output' \
    )
    _describe -t commands 'pocket-id help api-key commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__help__subcmd__api-key__subcmd__create_commands] )) ||
_pocket-id__subcmd__help__subcmd__api-key__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id help api-key create commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__help__subcmd__backup_commands] )) ||
_pocket-id__subcmd__help__subcmd__backup_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id help backup commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__help__subcmd__check-config_commands] )) ||
_pocket-id__subcmd__help__subcmd__check-config_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id help check-config commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__help__subcmd__healthcheck_commands] )) ||
_pocket-id__subcmd__help__subcmd__healthcheck_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id help healthcheck commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__help__subcmd__help_commands] )) ||
_pocket-id__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id help help commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__help__subcmd__keys_commands] )) ||
_pocket-id__subcmd__help__subcmd__keys_commands() {
    local commands; commands=(
'list:List the signing keys\: active, next and retired, with when each leaves the JWKS' \
'rotate:Rotate\: the next key starts signing, the active one retires (its tokens stay valid) and a fresh next key is published' \
    )
    _describe -t commands 'pocket-id help keys commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__help__subcmd__keys__subcmd__list_commands] )) ||
_pocket-id__subcmd__help__subcmd__keys__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id help keys list commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__help__subcmd__keys__subcmd__rotate_commands] )) ||
_pocket-id__subcmd__help__subcmd__keys__subcmd__rotate_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id help keys rotate commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__help__subcmd__migrate_commands] )) ||
_pocket-id__subcmd__help__subcmd__migrate_commands() {
    local commands; commands=(
'status:List the migrations and whether each is applied' \
'up:Apply pending migrations (the server also does this at start)' \
    )
    _describe -t commands 'pocket-id help migrate commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__help__subcmd__migrate__subcmd__status_commands] )) ||
_pocket-id__subcmd__help__subcmd__migrate__subcmd__status_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id help migrate status commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__help__subcmd__migrate__subcmd__up_commands] )) ||
_pocket-id__subcmd__help__subcmd__migrate__subcmd__up_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id help migrate up commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__help__subcmd__openapi_commands] )) ||
_pocket-id__subcmd__help__subcmd__openapi_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id help openapi commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__help__subcmd__restore_commands] )) ||
_pocket-id__subcmd__help__subcmd__restore_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id help restore commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__help__subcmd__serve_commands] )) ||
_pocket-id__subcmd__help__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id help serve commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__help__subcmd__setup-link_commands] )) ||
_pocket-id__subcmd__help__subcmd__setup-link_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id help setup-link commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__keys_commands] )) ||
_pocket-id__subcmd__keys_commands() {
    local commands; commands=(
'list:List the signing keys\: active, next and retired, with when each leaves the JWKS' \
'rotate:Rotate\: the next key starts signing, the active one retires (its tokens stay valid) and a fresh next key is published' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'pocket-id keys commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__keys__subcmd__help_commands] )) ||
_pocket-id__subcmd__keys__subcmd__help_commands() {
    local commands; commands=(
'list:List the signing keys\: active, next and retired, with when each leaves the JWKS' \
'rotate:Rotate\: the next key starts signing, the active one retires (its tokens stay valid) and a fresh next key is published' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'pocket-id keys help commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__keys__subcmd__help__subcmd__help_commands] )) ||
_pocket-id__subcmd__keys__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id keys help help commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__keys__subcmd__help__subcmd__list_commands] )) ||
_pocket-id__subcmd__keys__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id keys help list commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__keys__subcmd__help__subcmd__rotate_commands] )) ||
_pocket-id__subcmd__keys__subcmd__help__subcmd__rotate_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id keys help rotate commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__keys__subcmd__list_commands] )) ||
_pocket-id__subcmd__keys__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id keys list commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__keys__subcmd__rotate_commands] )) ||
_pocket-id__subcmd__keys__subcmd__rotate_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id keys rotate commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__migrate_commands] )) ||
_pocket-id__subcmd__migrate_commands() {
    local commands; commands=(
'status:List the migrations and whether each is applied' \
'up:Apply pending migrations (the server also does this at start)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'pocket-id migrate commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__migrate__subcmd__help_commands] )) ||
_pocket-id__subcmd__migrate__subcmd__help_commands() {
    local commands; commands=(
'status:List the migrations and whether each is applied' \
'up:Apply pending migrations (the server also does this at start)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'pocket-id migrate help commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__migrate__subcmd__help__subcmd__help_commands] )) ||
_pocket-id__subcmd__migrate__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id migrate help help commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__migrate__subcmd__help__subcmd__status_commands] )) ||
_pocket-id__subcmd__migrate__subcmd__help__subcmd__status_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id migrate help status commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__migrate__subcmd__help__subcmd__up_commands] )) ||
_pocket-id__subcmd__migrate__subcmd__help__subcmd__up_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id migrate help up commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__migrate__subcmd__status_commands] )) ||
_pocket-id__subcmd__migrate__subcmd__status_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id migrate status commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__migrate__subcmd__up_commands] )) ||
_pocket-id__subcmd__migrate__subcmd__up_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id migrate up commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__openapi_commands] )) ||
_pocket-id__subcmd__openapi_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id openapi commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__restore_commands] )) ||
_pocket-id__subcmd__restore_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id restore commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__serve_commands] )) ||
_pocket-id__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id serve commands' commands "$@"
}
(( $+functions[_pocket-id__subcmd__setup-link_commands] )) ||
_pocket-id__subcmd__setup-link_commands() {
    local commands; commands=()
    _describe -t commands 'pocket-id setup-link commands' commands "$@"
}

if [ "$funcstack[1]" = "_pocket-id" ]; then
    _pocket-id "$@"
else
    compdef _pocket-id pocket-id
fi

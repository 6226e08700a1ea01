#compdef pocketctl

autoload -U is-at-least

_pocketctl() {
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
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_pocketctl_commands" \
"*::: :->pocketctl" \
&& ret=0
    case $state in
    (pocketctl)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-command-$line[1]:"
        case $line[1] in
            (users)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_pocketctl__subcmd__users_commands" \
"*::: :->users" \
&& ret=0

    case $state in
    (users)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-users-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--search=[Only users whose username, name or email contains this text]:TEXT:_default' \
'--page=[Page to show, from 1]:N:_default' \
'--per-page=[Results per page (at most 500) \[default\: 50\]]:N:_default' \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'(--page)--all[Fetch every page instead of one]' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':user -- Username or id:_default' \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
'--email=[Email address]:EMAIL:_default' \
'--first-name=[Given name]:NAME:_default' \
'--last-name=[Family name]:NAME:_default' \
'--display-name=[Name shown to people \[default\: first and last name, or the username\]]:NAME:_default' \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--admin[Make the user an administrator]' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':username -- Sign-in name\: letters, digits and `_ . @ -`, starting and ending with a letter or digit:_default' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'--username=[New sign-in name]:NAME:_default' \
'--email=[New email address ("" removes it)]:EMAIL:_default' \
'--first-name=[New given name ("" removes it)]:NAME:_default' \
'--last-name=[New family name ("" removes it)]:NAME:_default' \
'--display-name=[New display name ("" derives it again from the names)]:NAME:_default' \
'--admin=[Grant (true) or withdraw (false) administration]:true|false:(true false)' \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':user -- Username or id of the user to change:_default' \
&& ret=0
;;
(disable)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':user -- Username or id:_default' \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':user -- Username or id:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':user -- Username or id:_default' \
&& ret=0
;;
(invite)
_arguments "${_arguments_options[@]}" : \
'--expires=[How long the link works, such as 30m, 24h or 7d; at most 31 days \[default\: 24h\]]:LIFETIME:_default' \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':user -- Username or id:_default' \
&& ret=0
;;
(login-code)
_arguments "${_arguments_options[@]}" : \
'--expires=[How long the code works, such as 15m or 2h; at most 24 hours \[default\: 15m\]]:LIFETIME:_default' \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':user -- Username or id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_pocketctl__subcmd__users__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-users-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(disable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(invite)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(login-code)
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
(invites)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_pocketctl__subcmd__invites_commands" \
"*::: :->invites" \
&& ret=0

    case $state in
    (invites)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-invites-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'--uses=[How many people may sign up with it, from 1 to 100 \[default\: 1\]]:N:_default' \
'--expires=[How long the link works, such as 24h or 7d; at most 31 days \[default\: 7d\]]:LIFETIME:_default' \
'*--group=[A group (name or id) that people who sign up with it join; repeat for several]:GROUP:_default' \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(revoke)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The link'\''s id, as `invites list` shows it:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_pocketctl__subcmd__invites__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-invites-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(revoke)
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
(passkeys)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_pocketctl__subcmd__passkeys_commands" \
"*::: :->passkeys" \
&& ret=0

    case $state in
    (passkeys)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-passkeys-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':user -- Username or id:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':user -- Username or id:_default' \
':passkey -- The passkey'\''s id, as `passkeys list` shows it:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_pocketctl__subcmd__passkeys__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-passkeys-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
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
(sessions)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_pocketctl__subcmd__sessions_commands" \
"*::: :->sessions" \
&& ret=0

    case $state in
    (sessions)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-sessions-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':user -- Username or id:_default' \
&& ret=0
;;
(revoke)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--all[End every session of the user]' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':user -- Username or id:_default' \
'::session -- The session'\''s id, as `sessions list` shows it:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_pocketctl__subcmd__sessions__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-sessions-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(revoke)
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
(groups)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_pocketctl__subcmd__groups_commands" \
"*::: :->groups" \
&& ret=0

    case $state in
    (groups)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-groups-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--search=[Only groups whose name or display name contains this text]:TEXT:_default' \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':group -- Group name or id:_default' \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
'--display-name=[Name shown to people \[default\: the name\]]:NAME:_default' \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- Unique name, as apps see it in the `groups` claim\: letters, digits and `_ . -`:_default' \
&& ret=0
;;
(rename)
_arguments "${_arguments_options[@]}" : \
'--display-name=[New display name too ("" uses the name)]:NAME:_default' \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':group -- Group name or id:_default' \
':new_name -- The new unique name:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':group -- Group name or id:_default' \
&& ret=0
;;
(add-member)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':group -- Group name or id:_default' \
'*::users -- Usernames or ids to add:_default' \
&& ret=0
;;
(remove-member)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':group -- Group name or id:_default' \
'*::users -- Usernames or ids to remove:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_pocketctl__subcmd__groups__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-groups-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rename)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add-member)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove-member)
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
(claims)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_pocketctl__subcmd__claims_commands" \
"*::: :->claims" \
&& ret=0

    case $state in
    (claims)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-claims-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--user=[The user'\''s claims (username or id)]:USER:_default' \
'--group=[The group'\''s claims (name or id); members get them in their tokens]:GROUP:_default' \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
'--user=[The user'\''s claims (username or id)]:USER:_default' \
'--group=[The group'\''s claims (name or id); members get them in their tokens]:GROUP:_default' \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--string[Take VALUE as a string even when it is valid JSON (e.g. "42")]' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':key -- Claim name\: letters, digits and `_ . \: -`, starting with a letter:_default' \
':value -- Claim value\: JSON, or else a string:_default' \
&& ret=0
;;
(unset)
_arguments "${_arguments_options[@]}" : \
'--user=[The user'\''s claims (username or id)]:USER:_default' \
'--group=[The group'\''s claims (name or id); members get them in their tokens]:GROUP:_default' \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':key -- Claim name:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_pocketctl__subcmd__claims__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-claims-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(unset)
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
(clients)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_pocketctl__subcmd__clients_commands" \
"*::: :->clients" \
&& ret=0

    case $state in
    (clients)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-clients-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':client -- Client id or exact name:_default' \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
'()--name=[The name as a flag instead of NAME]:NAME:_default' \
'--preset=[Set the client up for a common app, and print the settings to paste into it]:APP:((grafana\:"Grafana"
nextcloud\:"Nextcloud"
immich\:"Immich"
jellyfin\:"Jellyfin"
proxmox\:"Proxmox VE"
forgejo\:"Forgejo"
home-assistant\:"Home Assistant"
oauth2-proxy\:"oauth2-proxy"))' \
'--url=[The app'\''s base URL as people open it, such as https\://grafana.example.com; the redirect URIs and the launch URL are made from it]:URL:_default' \
'--provider-name=[The name the app gives this provider where it needs one\: Jellyfin'\''s provider name and Forgejo'\''s authentication source (both part of the redirect URI), Nextcloud'\''s provider identifier, the Proxmox realm \[default\: pocket-id\]]:NAME:_default' \
'--client-id=[The client id the app sends\: 3–128 letters, digits or \`. _ ~ -\` \[default\: a random UUID\]]:ID:_default' \
'*--redirect-uri=[Where people may be sent back after signing in; repeat for several (at most 20). https, http on localhost/127.0.0.1/\[\:\:1\] (any port), or an app scheme with a dot]:URI:_default' \
'*--post-logout-uri=[Where people may be sent after logging out; repeat for several]:URI:_default' \
'*--group=[A group (name or id) whose members may use the client; repeat for several \[default\: everyone\]]:GROUP:_default' \
'--access-token-lifetime=[Lifetime of access tokens, from 60s to 1d \[default\: 1h\]]:LIFETIME:_default' \
'--refresh-token-lifetime=[Lifetime of refresh tokens, from 1m to 365d \[default\: 30d\]]:LIFETIME:_default' \
'--alg=[How ID tokens are signed \[default\: ES256\]]:ALG:((ES256\:"ECDSA on P-256 (the default)"
RS256\:"RSA with SHA-256, for apps that accept nothing else"))' \
'--logo-url=[A logo shown to people (an http or https URL)]:URL:_default' \
'--launch-url=[The app'\''s start page (an http or https URL)]:URL:_default' \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'(--public)--confidential[A confidential client even where the preset makes a public one]' \
'--public[A public client (a single-page or native app)\: no secret, PKCE always required]' \
'--skip-consent[Do not ask people to consent (for apps you run yourself)]' \
'(--public)--no-pkce[Do not require PKCE (confidential clients only; for apps that cannot do PKCE)]' \
'--allow-plain-pkce[Accept the \`plain\` PKCE method as well as S256 (for old apps that cannot hash)]' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
'::name -- Name shown to people, 1–100 characters \[default with --preset\: the app'\''s name\]:_default' \
&& ret=0
;;
(presets)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'--name=[New name shown to people]:NAME:_default' \
'*--redirect-uri=[Redirect URIs replacing the old ones; repeat for several]:URI:_default' \
'*--post-logout-uri=[Post-logout redirect URIs replacing the old ones; repeat for several]:URI:_default' \
'*--group=[Groups (names or ids) allowed to use the client, replacing the old ones; repeat for several]:GROUP:_default' \
'--skip-consent=[Skip (true) or ask for (false) consent]:true|false:(true false)' \
'--require-pkce=[Require PKCE (true) or not (false; confidential clients only)]:true|false:(true false)' \
'--allow-plain-pkce=[Accept (true) or refuse (false) the \`plain\` PKCE method]:true|false:(true false)' \
'--access-token-lifetime=[Lifetime of access tokens, from 60s to 1d]:LIFETIME:_default' \
'--refresh-token-lifetime=[Lifetime of refresh tokens, from 1m to 365d]:LIFETIME:_default' \
'--alg=[How ID tokens are signed]:ALG:((ES256\:"ECDSA on P-256 (the default)"
RS256\:"RSA with SHA-256, for apps that accept nothing else"))' \
'--logo-url=[New logo URL ("" removes it)]:URL:_default' \
'--launch-url=[New start page URL ("" removes it)]:URL:_default' \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'(--post-logout-uri)--no-post-logout-uris[Remove every post-logout redirect URI]' \
'(--group)--all-groups[Let everyone use the client again (remove the allowed groups)]' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':client -- Client id or exact name of the client to change:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':client -- Client id or exact name:_default' \
&& ret=0
;;
(rotate-secret)
_arguments "${_arguments_options[@]}" : \
'--keep-old=[How long the older secrets keep working, such as 1h or 7d, or 0 to end them at once; at most 30 days \[default\: 24h\]]:LIFETIME:_default' \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':client -- Client id or exact name:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_pocketctl__subcmd__clients__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-clients-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(presets)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rotate-secret)
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
(api-keys)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_pocketctl__subcmd__api-keys_commands" \
"*::: :->api-keys" \
&& ret=0

    case $state in
    (api-keys)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-api-keys-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
'--name=[What the key is for; unique among keys that are not revoked]:NAME:_default' \
'--expires=[Lifetime, such as 30m, 24h, 90d or 1w2d \[default\: never expires\]]:LIFETIME:_default' \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(revoke)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':key -- Key name or id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_pocketctl__subcmd__api-keys__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-api-keys-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(revoke)
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
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_pocketctl__subcmd__keys_commands" \
"*::: :->keys" \
&& ret=0

    case $state in
    (keys)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-keys-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(rotate)
_arguments "${_arguments_options[@]}" : \
'--alg=[Rotate only this algorithm'\''s keys \[default\: every algorithm in use\]]:ALG:((ES256\:"ECDSA on P-256 (the default)"
RS256\:"RSA with SHA-256, for apps that accept nothing else"))' \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_pocketctl__subcmd__keys__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-keys-help-command-$line[1]:"
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
(audit)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_pocketctl__subcmd__audit_commands" \
"*::: :->audit" \
&& ret=0

    case $state in
    (audit)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-audit-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--action=[Only this action, e.g. user.create or group.member_add]:ACTION:_default' \
'--actor=[Only events by this actor (a key name, a username, or local-admin)]:NAME:_default' \
'--target=[Only events on this target (its name or id)]:NAME:_default' \
'--since=[Only events at or after this time (RFC 3339, e.g. 2026-01-31T00\:00\:00Z)]:TIME:_default' \
'--until=[Only events before this time (RFC 3339)]:TIME:_default' \
'--page=[Page to show, from 1]:N:_default' \
'--per-page=[Results per page (at most 500) \[default\: 50\]]:N:_default' \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_pocketctl__subcmd__audit__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-audit-help-command-$line[1]:"
        case $line[1] in
            (list)
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
(login)
_arguments "${_arguments_options[@]}" : \
'--server=[Base URL of the Pocket ID server, e.g. \`https\://id.example.com\`]:URL:_default' \
'--token=[API key to authenticate with. Prefer POCKETCTL_TOKEN or \`pocketctl login\`\: other local users can read command-line flags in the process list]:KEY:_default' \
'--profile=[Profile of the configuration file to use (or, for \`login\`, to save) \[default\: default\]]:NAME:_default' \
'--socket=[Admin socket of a local daemon to use instead of a server URL \[default\: the first that exists of /run/pocket-id/admin.sock and ./data/admin.sock\]]:PATH:_files' \
'-o+[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'--output=[How to print results\: tables for people, or the API'\''s JSON for scripts]:OUTPUT:((table\:"Aligned tables and short sentences"
json\:"The server'\''s JSON response, pretty-printed; nothing for operations without a body"))' \
'-y[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'--yes[Answer yes to confirmations (needed for destructive commands without a terminal)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_pocketctl__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-help-command-$line[1]:"
        case $line[1] in
            (users)
_arguments "${_arguments_options[@]}" : \
":: :_pocketctl__subcmd__help__subcmd__users_commands" \
"*::: :->users" \
&& ret=0

    case $state in
    (users)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-help-users-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(disable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(invite)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(login-code)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(invites)
_arguments "${_arguments_options[@]}" : \
":: :_pocketctl__subcmd__help__subcmd__invites_commands" \
"*::: :->invites" \
&& ret=0

    case $state in
    (invites)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-help-invites-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(revoke)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(passkeys)
_arguments "${_arguments_options[@]}" : \
":: :_pocketctl__subcmd__help__subcmd__passkeys_commands" \
"*::: :->passkeys" \
&& ret=0

    case $state in
    (passkeys)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-help-passkeys-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(sessions)
_arguments "${_arguments_options[@]}" : \
":: :_pocketctl__subcmd__help__subcmd__sessions_commands" \
"*::: :->sessions" \
&& ret=0

    case $state in
    (sessions)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-help-sessions-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(revoke)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(groups)
_arguments "${_arguments_options[@]}" : \
":: :_pocketctl__subcmd__help__subcmd__groups_commands" \
"*::: :->groups" \
&& ret=0

    case $state in
    (groups)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-help-groups-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rename)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add-member)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove-member)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(claims)
_arguments "${_arguments_options[@]}" : \
":: :_pocketctl__subcmd__help__subcmd__claims_commands" \
"*::: :->claims" \
&& ret=0

    case $state in
    (claims)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-help-claims-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(unset)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(clients)
_arguments "${_arguments_options[@]}" : \
":: :_pocketctl__subcmd__help__subcmd__clients_commands" \
"*::: :->clients" \
&& ret=0

    case $state in
    (clients)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-help-clients-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(presets)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rotate-secret)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(api-keys)
_arguments "${_arguments_options[@]}" : \
":: :_pocketctl__subcmd__help__subcmd__api-keys_commands" \
"*::: :->api-keys" \
&& ret=0

    case $state in
    (api-keys)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-help-api-keys-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(revoke)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(keys)
_arguments "${_arguments_options[@]}" : \
":: :_pocketctl__subcmd__help__subcmd__keys_commands" \
"*::: :->keys" \
&& ret=0

    case $state in
    (keys)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-help-keys-command-$line[1]:"
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
(audit)
_arguments "${_arguments_options[@]}" : \
":: :_pocketctl__subcmd__help__subcmd__audit_commands" \
"*::: :->audit" \
&& ret=0

    case $state in
    (audit)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:pocketctl-help-audit-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(login)
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

(( $+functions[_pocketctl_commands] )) ||
_pocketctl_commands() {
    local commands; commands=(
'users:Manage users' \
'invites:Manage sign-up links, with which new people create their own account and passkey' \
'passkeys:List and delete users'\'' passkeys' \
'sessions:List and revoke users'\'' sign-in sessions' \
'groups:Manage groups and their members' \
'claims:Manage custom claims of users and groups' \
'clients:Manage OpenID Connect clients\: the apps people sign in to' \
'api-keys:Manage API keys' \
'keys:List and rotate the keys that sign ID and access tokens' \
'audit:Read the audit log' \
'login:Check a server URL and API key, and save them as a profile' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'pocketctl commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__api-keys_commands] )) ||
_pocketctl__subcmd__api-keys_commands() {
    local commands; commands=(
'list:List API keys, newest first' \
'create:Create an API key and print its secret (shown only this once)' \
'revoke:Revoke an API key\: programs using it stop working at once' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'pocketctl api-keys commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__api-keys__subcmd__create_commands] )) ||
_pocketctl__subcmd__api-keys__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl api-keys create commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__api-keys__subcmd__help_commands] )) ||
_pocketctl__subcmd__api-keys__subcmd__help_commands() {
    local commands; commands=(
'list:List API keys, newest first' \
'create:Create an API key and print its secret (shown only this once)' \
'revoke:Revoke an API key\: programs using it stop working at once' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'pocketctl api-keys help commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__api-keys__subcmd__help__subcmd__create_commands] )) ||
_pocketctl__subcmd__api-keys__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl api-keys help create commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__api-keys__subcmd__help__subcmd__help_commands] )) ||
_pocketctl__subcmd__api-keys__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl api-keys help help commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__api-keys__subcmd__help__subcmd__list_commands] )) ||
_pocketctl__subcmd__api-keys__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl api-keys help list commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__api-keys__subcmd__help__subcmd__revoke_commands] )) ||
_pocketctl__subcmd__api-keys__subcmd__help__subcmd__revoke_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl api-keys help revoke commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__api-keys__subcmd__list_commands] )) ||
_pocketctl__subcmd__api-keys__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl api-keys list commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__api-keys__subcmd__revoke_commands] )) ||
_pocketctl__subcmd__api-keys__subcmd__revoke_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl api-keys revoke commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__audit_commands] )) ||
_pocketctl__subcmd__audit_commands() {
    local commands; commands=(
'list:List audit events, newest first' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'pocketctl audit commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__audit__subcmd__help_commands] )) ||
_pocketctl__subcmd__audit__subcmd__help_commands() {
    local commands; commands=(
'list:List audit events, newest first' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'pocketctl audit help commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__audit__subcmd__help__subcmd__help_commands] )) ||
_pocketctl__subcmd__audit__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl audit help help commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__audit__subcmd__help__subcmd__list_commands] )) ||
_pocketctl__subcmd__audit__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl audit help list commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__audit__subcmd__list_commands] )) ||
_pocketctl__subcmd__audit__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl audit list commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__claims_commands] )) ||
_pocketctl__subcmd__claims_commands() {
    local commands; commands=(
'list:List the custom claims of a user or a group' \
'set:Set a custom claim of a user or a group' \
'unset:Remove a custom claim from a user or a group' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'pocketctl claims commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__claims__subcmd__help_commands] )) ||
_pocketctl__subcmd__claims__subcmd__help_commands() {
    local commands; commands=(
'list:List the custom claims of a user or a group' \
'set:Set a custom claim of a user or a group' \
'unset:Remove a custom claim from a user or a group' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'pocketctl claims help commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__claims__subcmd__help__subcmd__help_commands] )) ||
_pocketctl__subcmd__claims__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl claims help help commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__claims__subcmd__help__subcmd__list_commands] )) ||
_pocketctl__subcmd__claims__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl claims help list commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__claims__subcmd__help__subcmd__set_commands] )) ||
_pocketctl__subcmd__claims__subcmd__help__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl claims help set commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__claims__subcmd__help__subcmd__unset_commands] )) ||
_pocketctl__subcmd__claims__subcmd__help__subcmd__unset_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl claims help unset commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__claims__subcmd__list_commands] )) ||
_pocketctl__subcmd__claims__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl claims list commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__claims__subcmd__set_commands] )) ||
_pocketctl__subcmd__claims__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl claims set commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__claims__subcmd__unset_commands] )) ||
_pocketctl__subcmd__claims__subcmd__unset_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl claims unset commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__clients_commands] )) ||
_pocketctl__subcmd__clients_commands() {
    local commands; commands=(
'list:List clients, ordered by name' \
'show:Show a client with its redirect URIs, allowed groups and secrets (by prefix only)' \
'create:Register a client and print its id and, for a confidential client, its secret (shown only this once)' \
'presets:List the apps \`clients create --preset\` knows, the redirect URIs each derives from --url, and what else each needs' \
'update:Change a client'\''s settings; lists given replace the old ones' \
'delete:Delete a client\: the app can no longer sign people in' \
'rotate-secret:Give a confidential client a new secret and print it (shown only this once)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'pocketctl clients commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__clients__subcmd__create_commands] )) ||
_pocketctl__subcmd__clients__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl clients create commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__clients__subcmd__delete_commands] )) ||
_pocketctl__subcmd__clients__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl clients delete commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__clients__subcmd__help_commands] )) ||
_pocketctl__subcmd__clients__subcmd__help_commands() {
    local commands; commands=(
'list:List clients, ordered by name' \
'show:Show a client with its redirect URIs, allowed groups and secrets (by prefix only)' \
'create:Register a client and print its id and, for a confidential client, its secret (shown only this once)' \
'presets:List the apps \`clients create --preset\` knows, the redirect URIs each derives from --url, and what else each needs' \
'update:Change a client'\''s settings; lists given replace the old ones' \
'delete:Delete a client\: the app can no longer sign people in' \
'rotate-secret:Give a confidential client a new secret and print it (shown only this once)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'pocketctl clients help commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__clients__subcmd__help__subcmd__create_commands] )) ||
_pocketctl__subcmd__clients__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl clients help create commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__clients__subcmd__help__subcmd__delete_commands] )) ||
_pocketctl__subcmd__clients__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl clients help delete commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__clients__subcmd__help__subcmd__help_commands] )) ||
_pocketctl__subcmd__clients__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl clients help help commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__clients__subcmd__help__subcmd__list_commands] )) ||
_pocketctl__subcmd__clients__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl clients help list commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__clients__subcmd__help__subcmd__presets_commands] )) ||
_pocketctl__subcmd__clients__subcmd__help__subcmd__presets_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl clients help presets commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__clients__subcmd__help__subcmd__rotate-secret_commands] )) ||
_pocketctl__subcmd__clients__subcmd__help__subcmd__rotate-secret_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl clients help rotate-secret commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__clients__subcmd__help__subcmd__show_commands] )) ||
_pocketctl__subcmd__clients__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl clients help show commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__clients__subcmd__help__subcmd__update_commands] )) ||
_pocketctl__subcmd__clients__subcmd__help__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl clients help update commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__clients__subcmd__list_commands] )) ||
_pocketctl__subcmd__clients__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl clients list commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__clients__subcmd__presets_commands] )) ||
_pocketctl__subcmd__clients__subcmd__presets_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl clients presets commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__clients__subcmd__rotate-secret_commands] )) ||
_pocketctl__subcmd__clients__subcmd__rotate-secret_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl clients rotate-secret commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__clients__subcmd__show_commands] )) ||
_pocketctl__subcmd__clients__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl clients show commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__clients__subcmd__update_commands] )) ||
_pocketctl__subcmd__clients__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl clients update commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__groups_commands] )) ||
_pocketctl__subcmd__groups_commands() {
    local commands; commands=(
'list:List groups, ordered by name' \
'show:Show a group with its members' \
'create:Create a group' \
'rename:Rename a group (apps see the new name in the \`groups\` claim)' \
'delete:Delete a group; its members stay, without it' \
'add-member:Add users to a group' \
'remove-member:Remove users from a group' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'pocketctl groups commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__groups__subcmd__add-member_commands] )) ||
_pocketctl__subcmd__groups__subcmd__add-member_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl groups add-member commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__groups__subcmd__create_commands] )) ||
_pocketctl__subcmd__groups__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl groups create commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__groups__subcmd__delete_commands] )) ||
_pocketctl__subcmd__groups__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl groups delete commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__groups__subcmd__help_commands] )) ||
_pocketctl__subcmd__groups__subcmd__help_commands() {
    local commands; commands=(
'list:List groups, ordered by name' \
'show:Show a group with its members' \
'create:Create a group' \
'rename:Rename a group (apps see the new name in the \`groups\` claim)' \
'delete:Delete a group; its members stay, without it' \
'add-member:Add users to a group' \
'remove-member:Remove users from a group' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'pocketctl groups help commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__groups__subcmd__help__subcmd__add-member_commands] )) ||
_pocketctl__subcmd__groups__subcmd__help__subcmd__add-member_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl groups help add-member commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__groups__subcmd__help__subcmd__create_commands] )) ||
_pocketctl__subcmd__groups__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl groups help create commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__groups__subcmd__help__subcmd__delete_commands] )) ||
_pocketctl__subcmd__groups__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl groups help delete commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__groups__subcmd__help__subcmd__help_commands] )) ||
_pocketctl__subcmd__groups__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl groups help help commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__groups__subcmd__help__subcmd__list_commands] )) ||
_pocketctl__subcmd__groups__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl groups help list commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__groups__subcmd__help__subcmd__remove-member_commands] )) ||
_pocketctl__subcmd__groups__subcmd__help__subcmd__remove-member_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl groups help remove-member commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__groups__subcmd__help__subcmd__rename_commands] )) ||
_pocketctl__subcmd__groups__subcmd__help__subcmd__rename_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl groups help rename commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__groups__subcmd__help__subcmd__show_commands] )) ||
_pocketctl__subcmd__groups__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl groups help show commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__groups__subcmd__list_commands] )) ||
_pocketctl__subcmd__groups__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl groups list commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__groups__subcmd__remove-member_commands] )) ||
_pocketctl__subcmd__groups__subcmd__remove-member_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl groups remove-member commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__groups__subcmd__rename_commands] )) ||
_pocketctl__subcmd__groups__subcmd__rename_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl groups rename commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__groups__subcmd__show_commands] )) ||
_pocketctl__subcmd__groups__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl groups show commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help_commands] )) ||
_pocketctl__subcmd__help_commands() {
    local commands; commands=(
'users:Manage users' \
'invites:Manage sign-up links, with which new people create their own account and passkey' \
'passkeys:List and delete users'\'' passkeys' \
'sessions:List and revoke users'\'' sign-in sessions' \
'groups:Manage groups and their members' \
'claims:Manage custom claims of users and groups' \
'clients:Manage OpenID Connect clients\: the apps people sign in to' \
'api-keys:Manage API keys' \
'keys:List and rotate the keys that sign ID and access tokens' \
'audit:Read the audit log' \
'login:Check a server URL and API key, and save them as a profile' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'pocketctl help commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__api-keys_commands] )) ||
_pocketctl__subcmd__help__subcmd__api-keys_commands() {
    local commands; commands=(
'list:List API keys, newest first' \
'create:Create an API key and print its secret (shown only this once)' \
'revoke:Revoke an API key\: programs using it stop working at once' \
    )
    _describe -t commands 'pocketctl help api-keys commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__api-keys__subcmd__create_commands] )) ||
_pocketctl__subcmd__help__subcmd__api-keys__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help api-keys create commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__api-keys__subcmd__list_commands] )) ||
_pocketctl__subcmd__help__subcmd__api-keys__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help api-keys list commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__api-keys__subcmd__revoke_commands] )) ||
_pocketctl__subcmd__help__subcmd__api-keys__subcmd__revoke_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help api-keys revoke commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__audit_commands] )) ||
_pocketctl__subcmd__help__subcmd__audit_commands() {
    local commands; commands=(
'list:List audit events, newest first' \
    )
    _describe -t commands 'pocketctl help audit commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__audit__subcmd__list_commands] )) ||
_pocketctl__subcmd__help__subcmd__audit__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help audit list commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__claims_commands] )) ||
_pocketctl__subcmd__help__subcmd__claims_commands() {
    local commands; commands=(
'list:List the custom claims of a user or a group' \
'set:Set a custom claim of a user or a group' \
'unset:Remove a custom claim from a user or a group' \
    )
    _describe -t commands 'pocketctl help claims commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__claims__subcmd__list_commands] )) ||
_pocketctl__subcmd__help__subcmd__claims__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help claims list commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__claims__subcmd__set_commands] )) ||
_pocketctl__subcmd__help__subcmd__claims__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help claims set commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__claims__subcmd__unset_commands] )) ||
_pocketctl__subcmd__help__subcmd__claims__subcmd__unset_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help claims unset commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__clients_commands] )) ||
_pocketctl__subcmd__help__subcmd__clients_commands() {
    local commands; commands=(
'list:List clients, ordered by name' \
'show:Show a client with its redirect URIs, allowed groups and secrets (by prefix only)' \
'create:Register a client and print its id and, for a confidential client, its secret (shown only this once)' \
'presets:List the apps \`clients create --preset\` knows, the redirect URIs each derives from --url, and what else each needs' \
'update:Change a client'\''s settings; lists given replace the old ones' \
'delete:Delete a client\: the app can no longer sign people in' \
'rotate-secret:Give a confidential client a new secret and print it (shown only this once)' \
    )
    _describe -t commands 'pocketctl help clients commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__clients__subcmd__create_commands] )) ||
_pocketctl__subcmd__help__subcmd__clients__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help clients create commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__clients__subcmd__delete_commands] )) ||
_pocketctl__subcmd__help__subcmd__clients__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help clients delete commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__clients__subcmd__list_commands] )) ||
_pocketctl__subcmd__help__subcmd__clients__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help clients list commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__clients__subcmd__presets_commands] )) ||
_pocketctl__subcmd__help__subcmd__clients__subcmd__presets_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help clients presets commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__clients__subcmd__rotate-secret_commands] )) ||
_pocketctl__subcmd__help__subcmd__clients__subcmd__rotate-secret_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help clients rotate-secret commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__clients__subcmd__show_commands] )) ||
_pocketctl__subcmd__help__subcmd__clients__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help clients show commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__clients__subcmd__update_commands] )) ||
_pocketctl__subcmd__help__subcmd__clients__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help clients update commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__groups_commands] )) ||
_pocketctl__subcmd__help__subcmd__groups_commands() {
    local commands; commands=(
'list:List groups, ordered by name' \
'show:Show a group with its members' \
'create:Create a group' \
'rename:Rename a group (apps see the new name in the \`groups\` claim)' \
'delete:Delete a group; its members stay, without it' \
'add-member:Add users to a group' \
'remove-member:Remove users from a group' \
    )
    _describe -t commands 'pocketctl help groups commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__groups__subcmd__add-member_commands] )) ||
_pocketctl__subcmd__help__subcmd__groups__subcmd__add-member_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help groups add-member commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__groups__subcmd__create_commands] )) ||
_pocketctl__subcmd__help__subcmd__groups__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help groups create commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__groups__subcmd__delete_commands] )) ||
_pocketctl__subcmd__help__subcmd__groups__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help groups delete commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__groups__subcmd__list_commands] )) ||
_pocketctl__subcmd__help__subcmd__groups__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help groups list commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__groups__subcmd__remove-member_commands] )) ||
_pocketctl__subcmd__help__subcmd__groups__subcmd__remove-member_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help groups remove-member commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__groups__subcmd__rename_commands] )) ||
_pocketctl__subcmd__help__subcmd__groups__subcmd__rename_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help groups rename commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__groups__subcmd__show_commands] )) ||
_pocketctl__subcmd__help__subcmd__groups__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help groups show commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__help_commands] )) ||
_pocketctl__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help help commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__invites_commands] )) ||
_pocketctl__subcmd__help__subcmd__invites_commands() {
    local commands; commands=(
'create:Make a sign-up link with which new people create their own account and passkey' \
'list:List sign-up links, newest first, with the sign-ups they have left' \
'revoke:Revoke a sign-up link\: it stops working at once; accounts made with it stay' \
    )
    _describe -t commands 'pocketctl help invites commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__invites__subcmd__create_commands] )) ||
_pocketctl__subcmd__help__subcmd__invites__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help invites create commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__invites__subcmd__list_commands] )) ||
_pocketctl__subcmd__help__subcmd__invites__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help invites list commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__invites__subcmd__revoke_commands] )) ||
_pocketctl__subcmd__help__subcmd__invites__subcmd__revoke_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help invites revoke commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__keys_commands] )) ||
_pocketctl__subcmd__help__subcmd__keys_commands() {
    local commands; commands=(
'list:List the signing keys\: by algorithm the active key, the next key (already published), and retired keys with when they leave the JWKS' \
'rotate:Rotate\: the next key starts signing, the active one retires (tokens it signed stay valid until they expire) and a fresh next key is published. Asks first' \
    )
    _describe -t commands 'pocketctl help keys commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__keys__subcmd__list_commands] )) ||
_pocketctl__subcmd__help__subcmd__keys__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help keys list commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__keys__subcmd__rotate_commands] )) ||
_pocketctl__subcmd__help__subcmd__keys__subcmd__rotate_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help keys rotate commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__login_commands] )) ||
_pocketctl__subcmd__help__subcmd__login_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help login commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__passkeys_commands] )) ||
_pocketctl__subcmd__help__subcmd__passkeys_commands() {
    local commands; commands=(
'list:List a user'\''s passkeys, oldest first' \
'delete:Delete a user'\''s passkey\: it stops working at once' \
    )
    _describe -t commands 'pocketctl help passkeys commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__passkeys__subcmd__delete_commands] )) ||
_pocketctl__subcmd__help__subcmd__passkeys__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help passkeys delete commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__passkeys__subcmd__list_commands] )) ||
_pocketctl__subcmd__help__subcmd__passkeys__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help passkeys list commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__sessions_commands] )) ||
_pocketctl__subcmd__help__subcmd__sessions_commands() {
    local commands; commands=(
'list:List a user'\''s sign-in sessions, newest first' \
'revoke:Sign a user out\: end one session, or all of them with --all' \
    )
    _describe -t commands 'pocketctl help sessions commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__sessions__subcmd__list_commands] )) ||
_pocketctl__subcmd__help__subcmd__sessions__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help sessions list commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__sessions__subcmd__revoke_commands] )) ||
_pocketctl__subcmd__help__subcmd__sessions__subcmd__revoke_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help sessions revoke commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__users_commands] )) ||
_pocketctl__subcmd__help__subcmd__users_commands() {
    local commands; commands=(
'list:List users, ordered by username' \
'show:Show a user with its groups and custom claims' \
'create:Create a user' \
'update:Change a user'\''s fields; an empty value clears a field (or re-derives the display name)' \
'disable:Disable a user\: they cannot sign in and get no new tokens' \
'enable:Enable a disabled user again' \
'delete:Delete a user and their passkeys, for good' \
'invite:Make a one-time link with which the user registers a passkey' \
'login-code:Make a one-time code with which the user signs in without a passkey (to add a new one)' \
    )
    _describe -t commands 'pocketctl help users commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__users__subcmd__create_commands] )) ||
_pocketctl__subcmd__help__subcmd__users__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help users create commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__users__subcmd__delete_commands] )) ||
_pocketctl__subcmd__help__subcmd__users__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help users delete commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__users__subcmd__disable_commands] )) ||
_pocketctl__subcmd__help__subcmd__users__subcmd__disable_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help users disable commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__users__subcmd__enable_commands] )) ||
_pocketctl__subcmd__help__subcmd__users__subcmd__enable_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help users enable commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__users__subcmd__invite_commands] )) ||
_pocketctl__subcmd__help__subcmd__users__subcmd__invite_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help users invite commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__users__subcmd__list_commands] )) ||
_pocketctl__subcmd__help__subcmd__users__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help users list commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__users__subcmd__login-code_commands] )) ||
_pocketctl__subcmd__help__subcmd__users__subcmd__login-code_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help users login-code commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__users__subcmd__show_commands] )) ||
_pocketctl__subcmd__help__subcmd__users__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help users show commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__help__subcmd__users__subcmd__update_commands] )) ||
_pocketctl__subcmd__help__subcmd__users__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl help users update commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__invites_commands] )) ||
_pocketctl__subcmd__invites_commands() {
    local commands; commands=(
'create:Make a sign-up link with which new people create their own account and passkey' \
'list:List sign-up links, newest first, with the sign-ups they have left' \
'revoke:Revoke a sign-up link\: it stops working at once; accounts made with it stay' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'pocketctl invites commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__invites__subcmd__create_commands] )) ||
_pocketctl__subcmd__invites__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl invites create commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__invites__subcmd__help_commands] )) ||
_pocketctl__subcmd__invites__subcmd__help_commands() {
    local commands; commands=(
'create:Make a sign-up link with which new people create their own account and passkey' \
'list:List sign-up links, newest first, with the sign-ups they have left' \
'revoke:Revoke a sign-up link\: it stops working at once; accounts made with it stay' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'pocketctl invites help commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__invites__subcmd__help__subcmd__create_commands] )) ||
_pocketctl__subcmd__invites__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl invites help create commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__invites__subcmd__help__subcmd__help_commands] )) ||
_pocketctl__subcmd__invites__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl invites help help commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__invites__subcmd__help__subcmd__list_commands] )) ||
_pocketctl__subcmd__invites__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl invites help list commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__invites__subcmd__help__subcmd__revoke_commands] )) ||
_pocketctl__subcmd__invites__subcmd__help__subcmd__revoke_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl invites help revoke commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__invites__subcmd__list_commands] )) ||
_pocketctl__subcmd__invites__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl invites list commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__invites__subcmd__revoke_commands] )) ||
_pocketctl__subcmd__invites__subcmd__revoke_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl invites revoke commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__keys_commands] )) ||
_pocketctl__subcmd__keys_commands() {
    local commands; commands=(
'list:List the signing keys\: by algorithm the active key, the next key (already published), and retired keys with when they leave the JWKS' \
'rotate:Rotate\: the next key starts signing, the active one retires (tokens it signed stay valid until they expire) and a fresh next key is published. Asks first' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'pocketctl keys commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__keys__subcmd__help_commands] )) ||
_pocketctl__subcmd__keys__subcmd__help_commands() {
    local commands; commands=(
'list:List the signing keys\: by algorithm the active key, the next key (already published), and retired keys with when they leave the JWKS' \
'rotate:Rotate\: the next key starts signing, the active one retires (tokens it signed stay valid until they expire) and a fresh next key is published. Asks first' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'pocketctl keys help commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__keys__subcmd__help__subcmd__help_commands] )) ||
_pocketctl__subcmd__keys__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl keys help help commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__keys__subcmd__help__subcmd__list_commands] )) ||
_pocketctl__subcmd__keys__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl keys help list commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__keys__subcmd__help__subcmd__rotate_commands] )) ||
_pocketctl__subcmd__keys__subcmd__help__subcmd__rotate_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl keys help rotate commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__keys__subcmd__list_commands] )) ||
_pocketctl__subcmd__keys__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl keys list commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__keys__subcmd__rotate_commands] )) ||
_pocketctl__subcmd__keys__subcmd__rotate_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl keys rotate commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__login_commands] )) ||
_pocketctl__subcmd__login_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl login commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__passkeys_commands] )) ||
_pocketctl__subcmd__passkeys_commands() {
    local commands; commands=(
'list:List a user'\''s passkeys, oldest first' \
'delete:Delete a user'\''s passkey\: it stops working at once' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'pocketctl passkeys commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__passkeys__subcmd__delete_commands] )) ||
_pocketctl__subcmd__passkeys__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl passkeys delete commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__passkeys__subcmd__help_commands] )) ||
_pocketctl__subcmd__passkeys__subcmd__help_commands() {
    local commands; commands=(
'list:List a user'\''s passkeys, oldest first' \
'delete:Delete a user'\''s passkey\: it stops working at once' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'pocketctl passkeys help commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__passkeys__subcmd__help__subcmd__delete_commands] )) ||
_pocketctl__subcmd__passkeys__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl passkeys help delete commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__passkeys__subcmd__help__subcmd__help_commands] )) ||
_pocketctl__subcmd__passkeys__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl passkeys help help commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__passkeys__subcmd__help__subcmd__list_commands] )) ||
_pocketctl__subcmd__passkeys__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl passkeys help list commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__passkeys__subcmd__list_commands] )) ||
_pocketctl__subcmd__passkeys__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl passkeys list commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__sessions_commands] )) ||
_pocketctl__subcmd__sessions_commands() {
    local commands; commands=(
'list:List a user'\''s sign-in sessions, newest first' \
'revoke:Sign a user out\: end one session, or all of them with --all' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'pocketctl sessions commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__sessions__subcmd__help_commands] )) ||
_pocketctl__subcmd__sessions__subcmd__help_commands() {
    local commands; commands=(
'list:List a user'\''s sign-in sessions, newest first' \
'revoke:Sign a user out\: end one session, or all of them with --all' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'pocketctl sessions help commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__sessions__subcmd__help__subcmd__help_commands] )) ||
_pocketctl__subcmd__sessions__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl sessions help help commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__sessions__subcmd__help__subcmd__list_commands] )) ||
_pocketctl__subcmd__sessions__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl sessions help list commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__sessions__subcmd__help__subcmd__revoke_commands] )) ||
_pocketctl__subcmd__sessions__subcmd__help__subcmd__revoke_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl sessions help revoke commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__sessions__subcmd__list_commands] )) ||
_pocketctl__subcmd__sessions__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl sessions list commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__sessions__subcmd__revoke_commands] )) ||
_pocketctl__subcmd__sessions__subcmd__revoke_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl sessions revoke commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__users_commands] )) ||
_pocketctl__subcmd__users_commands() {
    local commands; commands=(
'list:List users, ordered by username' \
'show:Show a user with its groups and custom claims' \
'create:Create a user' \
'update:Change a user'\''s fields; an empty value clears a field (or re-derives the display name)' \
'disable:Disable a user\: they cannot sign in and get no new tokens' \
'enable:Enable a disabled user again' \
'delete:Delete a user and their passkeys, for good' \
'invite:Make a one-time link with which the user registers a passkey' \
'login-code:Make a one-time code with which the user signs in without a passkey (to add a new one)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'pocketctl users commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__users__subcmd__create_commands] )) ||
_pocketctl__subcmd__users__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl users create commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__users__subcmd__delete_commands] )) ||
_pocketctl__subcmd__users__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl users delete commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__users__subcmd__disable_commands] )) ||
_pocketctl__subcmd__users__subcmd__disable_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl users disable commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__users__subcmd__enable_commands] )) ||
_pocketctl__subcmd__users__subcmd__enable_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl users enable commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__users__subcmd__help_commands] )) ||
_pocketctl__subcmd__users__subcmd__help_commands() {
    local commands; commands=(
'list:List users, ordered by username' \
'show:Show a user with its groups and custom claims' \
'create:Create a user' \
'update:Change a user'\''s fields; an empty value clears a field (or re-derives the display name)' \
'disable:Disable a user\: they cannot sign in and get no new tokens' \
'enable:Enable a disabled user again' \
'delete:Delete a user and their passkeys, for good' \
'invite:Make a one-time link with which the user registers a passkey' \
'login-code:Make a one-time code with which the user signs in without a passkey (to add a new one)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'pocketctl users help commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__users__subcmd__help__subcmd__create_commands] )) ||
_pocketctl__subcmd__users__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl users help create commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__users__subcmd__help__subcmd__delete_commands] )) ||
_pocketctl__subcmd__users__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl users help delete commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__users__subcmd__help__subcmd__disable_commands] )) ||
_pocketctl__subcmd__users__subcmd__help__subcmd__disable_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl users help disable commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__users__subcmd__help__subcmd__enable_commands] )) ||
_pocketctl__subcmd__users__subcmd__help__subcmd__enable_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl users help enable commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__users__subcmd__help__subcmd__help_commands] )) ||
_pocketctl__subcmd__users__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl users help help commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__users__subcmd__help__subcmd__invite_commands] )) ||
_pocketctl__subcmd__users__subcmd__help__subcmd__invite_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl users help invite commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__users__subcmd__help__subcmd__list_commands] )) ||
_pocketctl__subcmd__users__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl users help list commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__users__subcmd__help__subcmd__login-code_commands] )) ||
_pocketctl__subcmd__users__subcmd__help__subcmd__login-code_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl users help login-code commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__users__subcmd__help__subcmd__show_commands] )) ||
_pocketctl__subcmd__users__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl users help show commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__users__subcmd__help__subcmd__update_commands] )) ||
_pocketctl__subcmd__users__subcmd__help__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl users help update commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__users__subcmd__invite_commands] )) ||
_pocketctl__subcmd__users__subcmd__invite_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl users invite commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__users__subcmd__list_commands] )) ||
_pocketctl__subcmd__users__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl users list commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__users__subcmd__login-code_commands] )) ||
_pocketctl__subcmd__users__subcmd__login-code_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl users login-code commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__users__subcmd__show_commands] )) ||
_pocketctl__subcmd__users__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl users show commands' commands "$@"
}
(( $+functions[_pocketctl__subcmd__users__subcmd__update_commands] )) ||
_pocketctl__subcmd__users__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'pocketctl users update commands' commands "$@"
}

if [ "$funcstack[1]" = "_pocketctl" ]; then
    _pocketctl "$@"
else
    compdef _pocketctl pocketctl
fi

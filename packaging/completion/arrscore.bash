# bash completion for arrscore, the Arr Score Exporter command line. Installed as
# share/bash-completion/completions/arrscore. Its commands and options follow `arrscore --help`
# (tests/packaging/check_packaging.py fails when one is missing here).

# The names of the configured instances, from `arrscore instances` (reads the configuration, contacts nothing).
_arrscore_instances()
{
    local config=()
    local i
    for ((i = 1; i < ${#COMP_WORDS[@]} - 1; i++)); do
        [[ ${COMP_WORDS[i]} == --config ]] && config=(--config "${COMP_WORDS[i + 1]}")
    done
    arrscore "${config[@]}" instances 2>/dev/null | awk '/^[a-z0-9_-]+  (radarr|sonarr)  / { print $1 }'
}

_arrscore()
{
    local cur prev words cword
    _init_completion || return

    local commands="test sync export instances history diff snapshots prune candidates analyze search releases grab searches notify help"
    local global="--config --quiet --verbose --help --version"

    case $prev in
        --config | --output | --report)
            _filedir
            return
            ;;
        --format)
            COMPREPLY=($(compgen -W "json csv html" -- "$cur"))
            return
            ;;
        --view)
            COMPREPLY=($(compgen -W "files candidates formats profiles history" -- "$cur"))
            return
            ;;
        --instance)
            COMPREPLY=($(compgen -W "$(_arrscore_instances)" -- "$cur"))
            return
            ;;
        --item | --title | --from | --to | --keep | --older-than | --limit | --file | --guid)
            return
            ;;
    esac

    local command="" i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --config | --format | --view | --instance | --output | --item | --title | --from | --to | --keep | \
                --older-than | --limit | --file | --guid | --report)
                ((i++))
                ;;
            -*) ;;
            *)
                command=${words[i]}
                break
                ;;
        esac
    done

    local options
    case $command in
        "")
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "$global" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "$commands" -- "$cur"))
            fi
            return
            ;;
        test | sync)
            if [[ $cur != -* ]]; then
                COMPREPLY=($(compgen -W "$(_arrscore_instances)" -- "$cur"))
                return
            fi
            [[ $command == sync ]] && options="--notify --report" || options=""
            ;;
        instances)
            # arrscore instances import recyclarr [PATH] [--dry-run] [--yes]
            if [[ $prev == instances ]]; then
                COMPREPLY=($(compgen -W "import" -- "$cur"))
                return
            elif [[ $prev == import ]]; then
                COMPREPLY=($(compgen -W "recyclarr" -- "$cur"))
                return
            elif [[ $cur != -* ]]; then
                _filedir
                return
            fi
            options="--dry-run --yes"
            ;;
        export) options="--format --view --instance --output --bom" ;;
        history) options="--instance --item --title --json" ;;
        diff) options="--instance --from --to --json" ;;
        snapshots) options="--instance --json" ;;
        prune) options="--keep --older-than --instance" ;;
        candidates) options="--instance --limit --json" ;;
        analyze) options="--instance --json" ;;
        search) options="--candidates --limit --item --file --instance --dry-run --force --yes" ;;
        releases) options="--instance --candidates --limit --item --json" ;;
        grab) options="--instance --item --guid --yes" ;;
        searches) options="--instance --json" ;;
        notify) options="--test" ;;
        *) options="" ;;
    esac
    COMPREPLY=($(compgen -W "$options $global" -- "$cur"))
} && complete -F _arrscore arrscore

import { Component, type ReactNode } from 'react'

type Props = {
  children: ReactNode
  fallback: (error: unknown, reset: () => void) => ReactNode
  // A change of any of these (a new address, say) clears the error and tries again.
  resetKeys?: readonly unknown[]
  onReset?: () => void
}
type State = { error: unknown; failed: boolean; keys: readonly unknown[] }

// React still needs a class for this; it is a few lines, so no library is loaded for it.
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, failed: false, keys: this.props.resetKeys ?? [] }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true }
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    const keys = props.resetKeys ?? []
    const changed =
      keys.length !== state.keys.length ||
      keys.some((key, index) => !Object.is(key, state.keys[index]))
    if (!changed) return null
    return state.failed ? { error: null, failed: false, keys } : { keys }
  }

  reset = () => {
    this.props.onReset?.()
    this.setState({ error: null, failed: false })
  }

  render() {
    return this.state.failed
      ? this.props.fallback(this.state.error, this.reset)
      : this.props.children
  }
}
